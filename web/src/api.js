// The explorer's only connection to the server: GraphQL over HTTP POST to
// /graphql on the page's own origin.

/** GraphQLError carries the errors array of a GraphQL answer. */
export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

/**
 * gql sends one query and returns its data; a response with errors and no
 * data, or a failed request, throws. signal aborts a stale request.
 */
export async function gql(query, variables = {}, signal) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`/graphql answered ${res.status}`);
  }
  if (body.errors && body.errors.length && !body.data) throw new GraphQLError(body.errors);
  if (body.errors && body.errors.length) {
    // Partial answers are shown; a null field of a NOT_FOUND entity is not a failure.
    const other = body.errors.filter((e) => e.extensions?.code !== 'NOT_FOUND');
    if (other.length) throw new GraphQLError(other);
  }
  return body.data;
}

const SOURCE = 'sources { url title publisher date evidence evidenceKind }';
const GRAPH_EDGE = `relation from { slug } to { slug } direction since until role modality disputed ${SOURCE}`;
const ENTITY = 'slug name type';

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 8) { edges { node { ${ENTITY} aliases } reason matched } }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($slug: String!, $depth: Int, $limit: Int) {
  neighbourhood(slug: $slug, depth: $depth, limit: $limit) {
    nodes { ${ENTITY} } edges { ${GRAPH_EDGE} } truncated
  }
}`;

export const PATH = `query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) { hops nodes { ${ENTITY} } edges { ${GRAPH_EDGE} } }
}`;

const REL = `cursor relation direction since until date role topic amount purpose share modality disputed disputedValues
  node { ${ENTITY} } ${SOURCE}`;
const CONN = `totalCount edges { ${REL} }`;
const FOUNDING = `foundings { date disputed ${SOURCE} }`;

export const ENTITY_DETAILS = `query Entity($slug: String!) {
  entity(slug: $slug) {
    ${ENTITY} aliases identifiers { scheme value url }
    ... on Company {
      country { ${ENTITY} } founded ${FOUNDING}
      memberships(first: 100) { ${CONN} }
      ledAlliances(first: 100) { ${CONN} }
      people(first: 100) { ${CONN} }
      partners(first: 100) { ${CONN} }
      jointVentures(first: 100) { ${CONN} }
      investments(first: 100) { ${CONN} }
      founders(first: 100) { ${CONN} }
      companiesFounded(first: 100) { ${CONN} }
    }
    ... on Alliance {
      country { ${ENTITY} } founded ${FOUNDING}
      leaders(first: 100) { ${CONN} }
      chairs(first: 100) { ${CONN} }
      members(first: 100) { ${CONN} }
      statedMemberCount { value date sources { url title publisher date evidence evidenceKind } }
      companiesFounded(first: 100) { ${CONN} }
    }
    ... on JointVenture {
      founded ${FOUNDING} partners(first: 100) { ${CONN} }
      founders(first: 100) { ${CONN} }
      companiesFounded(first: 100) { ${CONN} }
    }
    ... on Person { roles(first: 100) { ${CONN} } companiesFounded(first: 100) { ${CONN} } }
    ... on Country { organizations(first: 100) { ${CONN} } }
  }
}`;

const FACT = `relation subject { ${ENTITY} } objects { ${ENTITY} } since until date role modality
  source { url title publisher date evidence evidenceKind }`;

// The overview's queries: lists the API ranks (alliances by members,
// companies by degree), the newest articles with their facts, and the dated
// facts a timeline is drawn from.
export const OVERVIEW = `query Overview($alliances: Int!, $companies: Int!, $articles: Int!, $facts: Int!) {
  alliances(first: $alliances, orderBy: MEMBER_COUNT) {
    totalCount
    edges { memberCount degree node { ${ENTITY} aliases ... on Alliance { founded leader { ${ENTITY} } country { ${ENTITY} } } } }
  }
  companies(first: $companies, orderBy: DEGREE) {
    totalCount
    edges { degree allianceCount node { ${ENTITY} ... on Company { country { ${ENTITY} } } } }
  }
  articles(first: $articles) {
    totalCount
    edges { node { url title publisher date
      facts(first: $facts) { totalCount edges { node { ${FACT} } } } } }
  }
  facts(first: 1) { totalCount }
}`;

/** DATED_FACTS pages through the facts of one relation (foundings, memberships). */
export const DATED_FACTS = `query DatedFacts($relation: Relation!, $after: String) {
  facts(relation: $relation, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { ${FACT} } }
  }
}`;
