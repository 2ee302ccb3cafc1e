// The review page's connection to the server: GraphQL over HTTP POST to
// /graphql with the reviewer's bearer token. The token lives in
// sessionStorage, so it is forgotten when the tab closes; it is never written
// to localStorage, a cookie or an address.
import { GraphQLError } from './api.js';

const KEY = 'telcograph:review-token';

/** token returns the tab's token, '' when none was entered. */
export function token() {
  return sessionStorage.getItem(KEY) ?? '';
}

/** setToken keeps t for this tab; an empty t forgets it. */
export function setToken(t) {
  if (t) sessionStorage.setItem(KEY, t);
  else sessionStorage.removeItem(KEY);
}

/**
 * AuthError is an answer of 401 (no token, or one the server does not know)
 * or 403 (a token whose role may not do this); message is the server's.
 */
export class AuthError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const AUTH_CODES = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * rgql sends one query or mutation with the token and returns its data. A
 * 401 or 403 answer, or an UNAUTHENTICATED or FORBIDDEN error, throws
 * AuthError; any other error throws GraphQLError.
 */
export async function rgql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body;
  try {
    body = await res.json();
  } catch {
    if (res.status === 401 || res.status === 403) throw new AuthError(res.status, `/graphql answered ${res.status}`);
    throw new Error(`/graphql answered ${res.status}`);
  }
  const errors = body.errors ?? [];
  const auth = errors.find((e) => AUTH_CODES[e.extensions?.code]);
  if (res.status === 401 || res.status === 403 || auth) {
    const status = res.status === 401 || res.status === 403 ? res.status : AUTH_CODES[auth.extensions.code];
    throw new AuthError(status, (auth ?? errors[0])?.message ?? `/graphql answered ${res.status}`);
  }
  if (errors.length) throw new GraphQLError(errors);
  return body.data;
}

export const VIEWER = `query Viewer { viewer { id role } }`;

const ARG = 'position name slug';
const CANDIDATE = `id relation state confidence subject { ${ARG} } object { ${ARG} } since until role
  evidence ruleFamily machineAccepted reviewedBy reviewedAt reason extractedAt article { url title date }`;

export const CANDIDATES = `query Candidates($state: CandidateState, $after: String) {
  candidates(state: $state, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CANDIDATE} } }
  }
}`;

/** ARTICLE is one article's text and every candidate it yielded, in any state. */
export const ARTICLE = `query Article($id: ID!, $url: String!) {
  candidate(id: $id) { article { url title date text } }
  candidates(source: $url, first: 100) { edges { node { id state evidence relation } } }
}`;

export const ACCEPT = `mutation Accept($id: ID!, $edit: CandidateEdit) {
  acceptCandidate(id: $id, edit: $edit) { ${CANDIDATE} }
}`;

export const REJECT = `mutation Reject($id: ID!, $reason: String) {
  rejectCandidate(id: $id, reason: $reason) { ${CANDIDATE} }
}`;
