// The side panel: an entity's names, relations and their sources; one
// link's sources; a path, step by step; an alliance's members over time.
import { h } from './dom.js';
import { TYPES, RELATIONS } from './graph.js';
import { fmtDate, dateValue } from './dates.js';
import { foldAliases, spellings, fullName } from './names.js';

function typeClass(type) {
  return type === 'JOINT_VENTURE' ? 'jv' : (type || '').toLowerCase();
}

export function icon(type) {
  return h('i', { class: `shape ${typeClass(type)}`, title: TYPES[type]?.label ?? type });
}

/** entityLink shows an entity; a click goes to it in the graph. */
export function entityLink(node, go) {
  return h('a', { href: `#${encodeURIComponent(node.slug)}`, class: 'entity', 'data-slug': node.slug,
    onclick: (ev) => { ev.preventDefault(); go(node); } }, icon(node.type), node.name);
}

/**
 * evidence shows a source's evidence, marked as the article's own words
 * (a quote) or ours (a paraphrase of a third-party article we do not keep).
 */
export function evidence(s) {
  if (!s.evidence) return null;
  const para = s.evidenceKind === 'PARAPHRASE';
  return h('blockquote', { class: para ? 'evidence paraphrase' : 'evidence', 'data-kind': para ? 'paraphrase' : 'quote' },
    h('span', { class: 'evidence-kind', title: para ? 'our words for what the article says; its text is not kept' : "the article's own sentence" },
      para ? 'paraphrase' : 'quote'), ' ', s.evidence);
}

/** sources lists the articles behind a link: publisher, date, headline link, the sentence. */
export function sources(list, open = true) {
  if (!list?.length) return h('p', { class: 'muted' }, 'No source.');
  const items = h('ol', { class: 'sources' }, list.map((s) => h('li', { class: 'source' },
    h('div', { class: 'cite' },
      h('span', { class: 'publisher' }, s.publisher || 'Unknown publisher'),
      s.date ? h('span', { class: 'date' }, fmtDate(s.date)) : null,
      h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', title: s.url }, s.title || s.url)),
    evidence(s))));
  if (open) return items;
  return h('details', {}, h('summary', {}, `${list.length} source${list.length > 1 ? 's' : ''}`), items);
}

function qualifiers(e) {
  const q = [];
  if (e.role === 'FOUNDING_MEMBER') q.push(h('span', { class: 'badge founder' }, '★ founder'));
  if (e.since) q.push(h('span', { class: 'q' }, `since ${fmtDate(e.since)}`));
  if (e.until) q.push(h('span', { class: 'q' }, `until ${fmtDate(e.until)}`));
  if (e.date) q.push(h('span', { class: 'q' }, fmtDate(e.date)));
  for (const k of ['topic', 'amount', 'purpose', 'share']) if (e[k]) q.push(h('span', { class: 'q' }, `${k}: ${e[k]}`));
  if (e.modality && e.modality !== 'ASSERTED') q.push(h('span', { class: 'badge' }, e.modality.toLowerCase().replace('_', ' ')));
  if (e.disputed) q.push(h('span', { class: 'badge disputed', title: (e.disputedValues || []).join(', ') }, 'disputed'));
  return q;
}

function relationItem(e, go, open) {
  return h('li', { class: 'rel' },
    h('div', { class: 'head' }, entityLink(e.node, go), ...qualifiers(e)),
    sources(e.sources, open));
}

/**
 * shown keeps the edges of a connection that pass the filters and counts
 * the others in hiddenCount, for the panel's note.
 */
function shown(conn, filters, tally) {
  if (!conn || !filters?.active) return conn;
  const edges = conn.edges.filter((e) => filters.edgeOk(e));
  tally.hidden += conn.edges.length - edges.length;
  return { ...conn, edges, totalCount: conn.totalCount - (conn.edges.length - edges.length) };
}

function section(title, conn, go, note) {
  if (!conn || conn.totalCount === 0) return null;
  const open = conn.edges.length <= 4;
  return h('section', { class: 'rels' },
    h('h3', {}, title, h('span', { class: 'count' }, String(conn.totalCount))),
    note ? h('p', { class: 'muted' }, note) : null,
    h('ul', {}, conn.edges.map((e) => relationItem(e, go, open))),
    conn.totalCount > conn.edges.length ? h('p', { class: 'muted' }, `${conn.totalCount - conn.edges.length} more not shown.`) : null);
}

function foundings(list) {
  if (!list?.length) return null;
  return h('section', { class: 'rels' }, h('h3', {}, 'Founded'),
    h('ul', {}, list.map((f) => h('li', { class: 'rel' },
      h('div', { class: 'head' }, h('strong', {}, f.date ? fmtDate(f.date) : 'date not given'),
        f.disputed ? h('span', { class: 'badge disputed' }, 'disputed') : null),
      sources(f.sources, list.length <= 2)))));
}

/**
 * timeline draws an alliance's members over time: one bar per member from
 * its `since` to the end of the axis, founders first and starred.
 */
export function timeline(members, founded) {
  const edges = members?.edges ?? [];
  if (!edges.length) return null;
  const dated = edges.filter((e) => e.since);
  const starts = dated.map((e) => dateValue(e.since));
  if (founded) starts.push(dateValue(founded));
  const lo = Math.floor(Math.min(...starts) / 12) * 12;
  const hi = (Math.floor(Math.max(...starts) / 12) + 1) * 12;
  const span = Math.max(hi - lo, 12);
  const pct = (v) => `${(((v - lo) / span) * 100).toFixed(2)}%`;
  const rows = [...edges].sort((a, b) =>
    (a.since ?? '').localeCompare(b.since ?? '') || (b.role === 'FOUNDING_MEMBER') - (a.role === 'FOUNDING_MEMBER') ||
    a.node.name.localeCompare(b.node.name));
  const years = [];
  for (let y = lo / 12; y <= hi / 12; y++) years.push(y);
  const founders = edges.filter((e) => e.role === 'FOUNDING_MEMBER').length;
  const groups = new Map();
  for (const e of dated) groups.set(e.since, (groups.get(e.since) ?? 0) + 1);
  const summary = [...groups].sort().map(([d, n]) => `${n} by ${fmtDate(d)}`).join(', ');
  return h('section', { class: 'timeline', 'aria-label': 'Members over time' },
    h('h3', {}, 'Members over time'),
    h('p', { class: 'muted' }, `${edges.length} members, ${founders} founding (★). Joined: ${summary || 'dates unknown'}.`),
    h('div', { class: 'tl' },
      h('div', { class: 'axis' }, years.map((y) => h('span', { style: `left:${pct(y * 12)}` }, String(y)))),
      rows.map((e) => h('div', { class: `tl-row${e.role === 'FOUNDING_MEMBER' ? ' founder' : ''}`, title: `${e.node.name}: ${e.since ? 'since ' + fmtDate(e.since) : 'date unknown'}` },
        h('span', { class: 'tl-name' }, e.role === 'FOUNDING_MEMBER' ? '★ ' : '', e.node.name),
        h('span', { class: 'tl-track' },
          e.since
            ? h('span', { class: 'tl-bar', style: `left:${pct(dateValue(e.since))};right:0` }, h('span', { class: 'tl-date' }, fmtDate(e.since)))
            : h('span', { class: 'tl-bar unknown', style: 'left:0;right:0' }, 'date unknown'))))));
}

/** aliasLine lists the entity's other names, each once (names.js folds the spellings). */
/** identifierLine links the entity's identifiers (Wikidata, LEI, website). */
function identifierLine(e) {
  if (!e.identifiers?.length) return null;
  const label = { WIKIDATA: 'Wikidata', LEI: 'LEI', WEBSITE: 'Website' };
  return h('p', { class: 'identifiers' }, e.identifiers.map((id, i) => [i ? ' · ' : '',
    h('a', { href: id.url, target: '_blank', rel: 'noopener noreferrer', title: id.url },
      `${label[id.scheme] ?? id.scheme}${id.scheme === 'WEBSITE' ? '' : ' ' + id.value}`)]));
}

/**
 * coverage says how many members are known by name beside the latest count
 * an article states: "9 of 18 known (July 2024)", with its source.
 */
function coverage(e) {
  const c = e.statedMemberCount;
  if (!c) return null;
  const known = e.members?.totalCount ?? 0;
  const src = c.sources?.[0];
  return h('p', { class: 'coverage' }, `${known} of ${c.value} known`, c.date ? ` (${fmtDate(c.date)})` : '',
    src ? [' · stated by ', h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', title: src.evidence || src.url },
      src.publisher || src.title || src.url)] : null);
}

function aliasLine(e) {
  const kept = foldAliases(e.name, e.aliases);
  const same = spellings(e.name, e.aliases);
  if (!kept.length && !same.length) return null;
  const items = kept.map((a, i) => [i ? ', ' : '', a.spellings.length > 1
    ? h('span', { class: 'alias', title: `Also written ${a.spellings.join(', ')}` }, a.text)
    : h('span', { class: 'alias' }, a.text)]);
  return h('p', { class: 'aliases' },
    kept.length ? ['Also known as ', items] : null,
    same.length ? h('span', { class: 'muted spellings', title: same.join(', ') },
      `${kept.length ? ' · ' : ''}${same.length} other spelling${same.length > 1 ? 's' : ''}`) : null);
}

/**
 * entityView is the panel for one entity (the `entity` query's answer),
 * showing only the links that pass filters (a Filters, optional).
 */
export function entityView(e, go, filters) {
  const t = TYPES[e.type];
  const full = fullName(e);
  const head = h('header', { class: 'ent' },
    h('div', { class: 'title' }, icon(e.type), h('h2', {}, e.name)),
    full !== e.name ? h('p', { class: 'fullname' }, full) : null,
    h('div', { class: 'muted' }, t?.label ?? e.type, ' · ', h('code', {}, e.slug)),
    aliasLine(e),
    identifierLine(e),
    e.country ? h('p', { class: 'aliases' }, 'Country: ', entityLink(e.country, go)) : null);
  const tally = { hidden: 0 };
  const f = (conn) => shown(conn, filters, tally);
  const body = [];
  switch (e.type) {
    case 'COMPANY':
      body.push(section('Alliances', f(e.memberships), go), section('Leads', f(e.ledAlliances), go),
        section('People', f(e.people), go), section('Partners', f(e.partners), go),
        section('Joint ventures', f(e.jointVentures), go), section('Investments', f(e.investments), go), section('Founders', f(e.founders), go),
        section('Companies founded', f(e.companiesFounded), go), foundings(e.foundings));
      break;
    case 'ALLIANCE': {
      const members = f(e.members);
      body.push(coverage(e), foundings(e.foundings), section('Led by', f(e.leaders), go), section('Chairs', f(e.chairs), go),
        timeline(members, e.founded), section('Members', members, go), section('Companies founded', f(e.companiesFounded), go));
      break;
    }
    case 'JOINT_VENTURE':
      body.push(foundings(e.foundings), section('Partners', f(e.partners), go), section('Founders', f(e.founders), go),
        section('Companies founded', f(e.companiesFounded), go));
      break;
    case 'PERSON':
      body.push(section('Roles', f(e.roles), go), section('Companies founded', f(e.companiesFounded), go));
      break;
    case 'COUNTRY':
      body.push(section('Organisations', f(e.organizations), go));
      break;
  }
  const parts = body.filter(Boolean);
  if (!parts.length) parts.push(h('p', { class: 'muted' }, filters?.active ? 'No relations pass the filters.' : 'No relations recorded.'));
  const note = filters?.active
    ? h('p', { class: 'filter-note' }, `Filtered: ${filters.describe()}. `,
      tally.hidden ? `${tally.hidden} link${tally.hidden > 1 ? 's' : ''} not shown.` : 'Nothing hidden here.')
    : null;
  return h('div', { class: 'view entity-view', 'data-slug': e.slug }, head, note, ...parts);
}

function edgeLine(e, names, go) {
  const name = (slug) => names.get(slug) ?? { slug, name: slug };
  const label = RELATIONS[e.role === 'FOUNDING_MEMBER' ? 'FOUNDING_MEMBER' : e.relation] ?? e.relation;
  return h('div', { class: 'head' }, entityLink(name(e.from.slug), go), h('span', { class: 'relname' }, label),
    entityLink(name(e.to.slug), go), ...qualifiers(e));
}

/** edgeView is the panel for one link of the graph. */
export function edgeView(e, names, go) {
  return h('div', { class: 'view edge-view' }, h('h2', {}, 'Link'), edgeLine(e, names, go), h('h3', {}, 'Sources'), sources(e.sources));
}

/** pathView lists a path's steps, each link with its sources. */
export function pathView(path, go) {
  const names = new Map(path.nodes.map((n) => [n.slug, n]));
  const first = path.nodes[0];
  const last = path.nodes[path.nodes.length - 1];
  const steps = [];
  path.edges.forEach((e, i) => {
    steps.push(h('li', { class: 'step node' }, entityLink(path.nodes[i], go)));
    steps.push(h('li', { class: 'step edge' }, edgeLine(e, names, go), sources(e.sources, e.sources.length <= 1)));
  });
  steps.push(h('li', { class: 'step node' }, entityLink(last, go)));
  return h('div', { class: 'view path-view', 'data-hops': path.hops },
    h('h2', {}, 'Path'),
    h('p', {}, h('strong', {}, first.name), ' → ', h('strong', {}, last.name), `: ${path.hops} hop${path.hops === 1 ? '' : 's'}, shortest first.`),
    h('ol', { class: 'steps' }, steps));
}

/** message is a short panel text (empty states and errors). */
export function message(text, cls = '') {
  return h('div', { class: `view ${cls}` }, h('p', { class: 'muted' }, text));
}
