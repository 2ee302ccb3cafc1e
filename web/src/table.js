// The table view: the drawn entities and links as two tables, each sortable
// by any column (click its header; again to reverse), every link with its
// sources.
import { h } from './dom.js';
import { TYPES } from './graph.js';
import { fmtDate } from './dates.js';
import { relationLabel } from './export.js';

const byText = (f) => (a, b) => String(f(a) ?? '').localeCompare(String(f(b) ?? ''), 'en', { numeric: true, sensitivity: 'base' });
const byNumber = (f) => (a, b) => f(a) - f(b);
// Dates sort by their start; the column's blank says which rows have none
// (they go last either way up).
const byDate = (f) => (a, b) => (f(a) ?? '').localeCompare(f(b) ?? '');

/** A column: its header, its cell and its order. */
const NODE_COLUMNS = [
  { key: 'name', label: 'Name', cell: (n, go) => entity(n, go), cmp: byText((n) => n.name) },
  { key: 'type', label: 'Type', cell: (n) => TYPES[n.type]?.label ?? n.type, cmp: byText((n) => n.type) },
  { key: 'links', label: 'Links', cell: (n) => String(n.degree), cmp: byNumber((n) => n.degree), num: true },
  { key: 'slug', label: 'Id', cell: (n) => h('code', {}, n.slug), cmp: byText((n) => n.slug) },
];

const EDGE_COLUMNS = [
  { key: 'from', label: 'From', cell: (e, go, names) => entity(names(e.from.slug), go), cmp: null },
  { key: 'relation', label: 'Relation', cell: (e) => relationLabel(e), cmp: byText(relationLabel) },
  { key: 'to', label: 'To', cell: (e, go, names) => entity(names(e.to.slug), go), cmp: null },
  { key: 'since', label: 'Since', cell: (e) => fmtDate(e.since), cmp: byDate((e) => e.since), blank: (e) => !e.since },
  { key: 'until', label: 'Until', cell: (e) => fmtDate(e.until), cmp: byDate((e) => e.until), blank: (e) => !e.until },
  { key: 'sources', label: 'Sources', cell: (e) => sourceList(e.sources), cmp: byNumber((e) => e.sources?.length ?? 0), num: true },
];

function entity(n, go) {
  return h('a', { href: `#${encodeURIComponent(n.slug)}`, class: 'entity', 'data-slug': n.slug,
    onclick: (ev) => { ev.preventDefault(); go(n); } }, n.name);
}

function sourceList(list = []) {
  if (!list.length) return h('span', { class: 'muted' }, 'none');
  return h('ul', { class: 'cell-sources' }, list.map((s) => h('li', {},
    h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', title: s.evidence || s.title || s.url },
      [s.publisher || 'source', s.date ? ` ${fmtDate(s.date)}` : ''].join('')))));
}

/**
 * Table keeps each table's sort order between renders. render(el, shown,
 * go) draws Graph.shown()'s entities and links into el.
 */
export class Table {
  constructor() {
    this.sort = { nodes: { key: 'links', desc: true }, edges: { key: 'relation', desc: false } };
  }

  render(el, shown, go) {
    const byslug = new Map(shown.nodes.map((n) => [n.slug, n]));
    const names = (slug) => byslug.get(slug) ?? { slug, name: slug };
    const edgeCols = EDGE_COLUMNS.map((c) => (c.cmp ? c : { ...c, cmp: byText((e) => names(c.key === 'from' ? e.from.slug : e.to.slug).name) }));
    el.replaceChildren(
      this.table('nodes', `Entities (${shown.nodes.length})`, NODE_COLUMNS, shown.nodes, go, names, el, shown),
      this.table('edges', `Links (${shown.edges.length})`, edgeCols, shown.edges, go, names, el, shown));
  }

  table(which, caption, cols, rows, go, names, el, shown) {
    const s = this.sort[which];
    const col = cols.find((c) => c.key === s.key) ?? cols[0];
    const blank = col.blank ?? (() => false);
    const sorted = [...rows].sort((a, b) => blank(a) - blank(b) || (s.desc ? -1 : 1) * col.cmp(a, b) || cols[0].cmp(a, b));
    const head = cols.map((c) => {
      const dir = c.key === s.key ? (s.desc ? 'descending' : 'ascending') : 'none';
      const btn = h('button', { type: 'button', class: 'sort', 'data-key': c.key }, c.label,
        h('span', { class: 'arrow', 'aria-hidden': 'true' }, dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ''));
      btn.addEventListener('click', () => {
        this.sort[which] = { key: c.key, desc: c.key === s.key ? !s.desc : !!c.num };
        this.render(el, shown, go);
        el.querySelector(`table[data-table="${which}"] button[data-key="${c.key}"]`)?.focus();
      });
      return h('th', { scope: 'col', 'aria-sort': dir, class: c.num ? 'num' : '' }, btn);
    });
    return h('section', { class: 'table-wrap' },
      h('table', { class: 'data', 'data-table': which },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, head)),
        h('tbody', {}, sorted.map((r) => h('tr', {}, cols.map((c) => h('td', { class: c.num ? 'num' : '', 'data-col': c.key }, c.cell(r, go, names))))))));
  }
}
