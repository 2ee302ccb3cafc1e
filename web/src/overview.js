// The overview at / before any search: every alliance by size with its
// leader, the most connected companies, the newest facts with their
// sources, and a timeline of foundings and joins. All of it is asked of
// /graphql when the page opens; each entity links to its graph view (#slug).
import { gql, OVERVIEW, DATED_FACTS } from './api.js';
import { h } from './dom.js';
import { fmtDate } from './dates.js';
import { icon, evidence } from './panel.js';
import { RELATIONS } from './graph.js';
import { fullName, acronym } from './names.js';

/** LIMITS are how many of each list the overview asks for. */
export const LIMITS = { alliances: 100, companies: 15, articles: 8, facts: 6 };

/** link is an entity name that opens its graph view; the hash change does the rest. */
function link(n, text = n.name) {
  return h('a', { href: `#${encodeURIComponent(n.slug)}`, class: 'entity', 'data-slug': n.slug }, icon(n.type), text);
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function card(cls, title, note, ...body) {
  return h('section', { class: `card ${cls}`, 'aria-label': title },
    h('h2', {}, title), note ? h('p', { class: 'muted note' }, note) : null, ...body);
}

function alliances(conn) {
  const max = Math.max(1, ...conn.edges.map((e) => e.memberCount));
  return card('ov-alliances', 'Alliances', `All ${conn.totalCount}, by known members.`,
    h('ol', { class: 'ranked' }, conn.edges.map((e) => {
      const a = e.node;
      const full = fullName(a);
      const short = full === a.name ? acronym(a) : a.name;
      const meta = [];
      if (a.leader) meta.push(['led by ', link(a.leader)]);
      if (a.founded) meta.push(`founded ${fmtDate(a.founded)}`);
      if (a.country) meta.push(a.country.name);
      return h('li', { class: 'ov-alliance', 'data-slug': a.slug },
        h('div', { class: 'line' },
          h('a', { href: `#${encodeURIComponent(a.slug)}`, class: 'entity big', 'data-slug': a.slug },
            icon(a.type), h('span', { class: 'full' }, full)),
          short ? h('span', { class: 'tag' }, short) : null,
          h('span', { class: 'count', title: `${plural(e.memberCount, 'known member')}` }, String(e.memberCount))),
        h('div', { class: 'meter' }, h('span', { style: `width:${((e.memberCount / max) * 100).toFixed(1)}%` })),
        meta.length ? h('div', { class: 'meta muted' }, meta.map((m, i) => [i ? ' · ' : '', m])) : null);
    })));
}

function companies(conn) {
  const max = Math.max(1, ...conn.edges.map((e) => e.degree));
  return card('ov-companies', 'Most connected companies', `By entities linked; ${conn.totalCount} companies in all.`,
    h('ol', { class: 'ranked' }, conn.edges.map((e) => h('li', { class: 'ov-company', 'data-slug': e.node.slug },
      h('div', { class: 'line' }, link(e.node),
        h('span', { class: 'count', title: plural(e.degree, 'linked entity', 'linked entities') }, String(e.degree))),
      h('div', { class: 'meter' }, h('span', { style: `width:${((e.degree / max) * 100).toFixed(1)}%` })),
      h('div', { class: 'meta muted' }, plural(e.allianceCount, 'alliance'), e.node.country ? ` · ${e.node.country.name}` : '')))));
}

/** factLine reads a fact as a sentence of links: "Lablup member of K-AI Alliance, since Jul 2024". */
function factLine(f) {
  const rel = RELATIONS[f.relation] ?? f.relation;
  const when = f.relation === 'FOUNDED' ? (f.date ? ` in ${fmtDate(f.date)}` : '') : f.since ? `, since ${fmtDate(f.since)}` : '';
  return h('div', { class: 'fact-line' }, f.subject ? link(f.subject) : null, ' ', h('span', { class: 'relname' }, rel),
    f.objects.map((o, i) => [i ? ', ' : ' ', link(o)]), when,
    f.modality && f.modality !== 'ASSERTED' ? h('span', { class: 'badge' }, f.modality.toLowerCase().replace('_', ' ')) : null);
}

function newest(conn, total) {
  return card('ov-facts', 'Newest facts', `From the ${plural(conn.edges.length, 'latest article')} of ${conn.totalCount}; ${total} facts in all, each with its sentence.`,
    h('ol', { class: 'articles' }, conn.edges.map(({ node: a }) => h('li', { class: 'ov-article' },
      h('div', { class: 'cite' }, h('span', { class: 'publisher' }, a.publisher || 'Unknown publisher'),
        a.date ? h('span', { class: 'date' }, fmtDate(a.date)) : null,
        h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', title: a.url }, a.title || a.url)),
      h('ul', { class: 'facts' }, a.facts.edges.map(({ node: f }) => h('li', { class: 'ov-fact' }, factLine(f),
        evidence(f.source)))),
      a.facts.totalCount > a.facts.edges.length ? h('p', { class: 'muted more' }, `${a.facts.totalCount - a.facts.edges.length} more facts from this article.`) : null))));
}

/** datedFacts reads every page of one relation's facts. */
async function datedFacts(relation, signal) {
  const out = [];
  let after = null;
  for (let page = 0; page < 50; page++) {
    const { facts } = await gql(DATED_FACTS, { relation, after }, signal);
    out.push(...facts.edges.map((e) => e.node));
    if (!facts.pageInfo.hasNextPage) break;
    after = facts.pageInfo.endCursor;
  }
  return out;
}

const earlier = (a, b) => (!a ? b : !b ? a : a.localeCompare(b) <= 0 ? a : b);

/**
 * events turns raw facts (one per article) into timeline events: one
 * founding per organisation at its earliest date, with the founding members
 * any article names, and joins grouped by alliance and date. A fact stated
 * by two articles counts once; undated joins are counted, not placed.
 */
export function events(founded, founders, members) {
  const orgs = new Map();
  const org = (n) => {
    if (!orgs.has(n.slug)) orgs.set(n.slug, { node: n, date: null, founders: new Map(), sources: [] });
    return orgs.get(n.slug);
  };
  for (const f of founded) {
    if (!f.subject || !f.date) continue;
    const o = org(f.subject);
    o.date = earlier(o.date, f.date);
    o.sources.push(f.source);
  }
  for (const f of founders) for (const a of f.objects) org(a).founders.set(f.subject.slug, f.subject);
  const joins = new Map();
  let undated = 0;
  for (const f of members) {
    for (const a of f.objects) {
      if (orgs.get(a.slug)?.founders.has(f.subject.slug)) continue;
      const k = `${f.subject.slug}|${a.slug}`;
      const j = joins.get(k) ?? { member: f.subject, alliance: a, since: null, sources: [] };
      j.since = earlier(j.since, f.since);
      j.sources.push(f.source);
      joins.set(k, j);
    }
  }
  const out = [];
  for (const o of orgs.values()) if (o.date) out.push({ kind: 'founded', date: o.date, node: o.node, members: [...o.founders.values()], sources: o.sources });
  const groups = new Map();
  for (const j of joins.values()) {
    if (!j.since) {
      undated++;
      continue;
    }
    const k = `${j.alliance.slug}|${j.since}`;
    const g = groups.get(k) ?? { kind: 'joined', date: j.since, node: j.alliance, members: [], sources: [] };
    g.members.push(j.member);
    g.sources.push(...j.sources);
    groups.set(k, g);
  }
  out.push(...groups.values());
  for (const e of out) e.members.sort((a, b) => a.name.localeCompare(b.name));
  out.sort((a, b) => b.date.localeCompare(a.date) || a.node.name.localeCompare(b.node.name));
  return { events: out, undated };
}

function names(list, max = 6) {
  const shown = list.slice(0, max).map((n, i) => [i ? ', ' : '', link(n)]);
  return list.length > max ? [shown, ` and ${list.length - max} more`] : shown;
}

function firstSource(sources) {
  const s = [...sources].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  if (!s) return null;
  return h('a', { class: 'src', href: s.url, target: '_blank', rel: 'noopener noreferrer', title: s.evidence || s.title || s.url },
    s.publisher || 'source');
}

function timeline({ events: list, undated }) {
  const years = new Map();
  for (const e of list) {
    const y = Number(e.date.slice(0, 4));
    const c = years.get(y) ?? { founded: 0, joined: 0 };
    c[e.kind] += e.kind === 'joined' ? e.members.length : 1;
    years.set(y, c);
  }
  const ys = [...years.keys()];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const peak = Math.max(1, ...[...years.values()].map((c) => c.founded + c.joined));
  const bars = [];
  for (let y = lo; y <= hi; y++) {
    const c = years.get(y) ?? { founded: 0, joined: 0 };
    bars.push(h('div', { class: 'yr', title: `${y}: ${plural(c.founded, 'founding')}, ${plural(c.joined, 'join')}` },
      h('span', { class: 'j', style: `height:${((c.joined / peak) * 100).toFixed(1)}%` }),
      h('span', { class: 'f', style: `height:${((c.founded / peak) * 100).toFixed(1)}%` })));
  }
  const byYear = new Map();
  for (const e of list) {
    const y = e.date.slice(0, 4);
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y).push(e);
  }
  return card('ov-timeline', 'Foundings and joins',
    `${plural(list.filter((e) => e.kind === 'founded').length, 'founding')} and ${plural(list.filter((e) => e.kind === 'joined').reduce((n, e) => n + e.members.length, 0), 'dated join')}, newest first` +
      (undated ? `; ${undated} memberships have no date.` : '.'),
    list.length ? h('div', { class: 'years', 'aria-hidden': 'true' }, h('div', { class: 'yrs' }, bars),
      h('div', { class: 'yr-axis' }, h('span', {}, String(lo)), h('span', {}, String(hi)))) : null,
    h('ol', { class: 'tl-years' }, [...byYear].map(([y, evs]) => h('li', {}, h('h3', {}, y),
      h('ul', {}, evs.map((e) => h('li', { class: `ov-event ${e.kind}`, 'data-slug': e.node.slug },
        h('span', { class: 'when' }, fmtDate(e.date)),
        h('span', { class: 'what' },
          e.kind === 'founded'
            ? [link(e.node), ' founded', e.members.length ? [' by ', names(e.members)] : '']
            : [names(e.members), ` joined `, link(e.node)],
          ' ', firstSource(e.sources)))))))));
}

/**
 * overview fills el with the overview, asking /graphql for each part; the
 * timeline, which pages through facts, follows the rest.
 */
export async function overview(el, signal) {
  el.replaceChildren(h('p', { class: 'muted loading' }, 'Loading the overview…'));
  const data = await gql(OVERVIEW, LIMITS, signal);
  const stats = h('p', { class: 'stats' },
    `${plural(data.alliances.totalCount, 'alliance')} · ${plural(data.companies.totalCount, 'company', 'companies')} · ` +
      `${plural(data.articles.totalCount, 'article')} · ${plural(data.facts.totalCount, 'fact')}, each with the sentence that states it.`);
  const slot = card('ov-timeline', 'Foundings and joins', 'Loading…');
  el.replaceChildren(
    h('header', { class: 'ov-head' }, h('h1', {}, 'Who works with whom in telecom AI'), stats,
      h('p', { class: 'muted' }, 'Pick an alliance or a company to draw its neighbourhood, or search above. Every link opens its sources.')),
    h('div', { class: 'ov-grid' }, alliances(data.alliances), companies(data.companies), slot, newest(data.articles, data.facts.totalCount)));
  const [founded, founders, members] = await Promise.all(
    ['FOUNDED', 'FOUNDING_MEMBER', 'MEMBER_OF'].map((r) => datedFacts(r, signal)));
  slot.replaceWith(timeline(events(founded, founders, members)));
  el.dataset.ready = 'true';
}
