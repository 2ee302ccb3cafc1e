// The explorer: an overview first; then search, draw a neighbourhood, expand
// on click, read the sources of any link, find the path between two
// entities, filter by relation and date, read it all as a table, export it.
// Everything it shows comes from /graphql on this server.
//
// The address says what is shown, so a view can be shared: the hash is the
// view (#sk-telecom, #path/lablup/deutsche-telekom, nothing for the
// overview) and the query string its filters and mode
// (?hide=partner_of&asof=2023-06&view=table).
import './style.css';
import { gql, NEIGHBOURHOOD, PATH, ENTITY_DETAILS, SEARCH } from './api.js';
import { Graph, edgeId } from './graph.js';
import { attachSuggest } from './suggest.js';
import { entityView, edgeView, pathView, message } from './panel.js';
import { Filters, filterBar } from './filters.js';
import { overview } from './overview.js';
import { Table } from './table.js';
import { download, edgesCSV, nodesCSV, graphML, svg } from './export.js';

const $ = (id) => document.getElementById(id);
const panel = $('panel');
const status = $('status');
const filters = Filters.fromQuery(location.search);
const table = new Table();
let tableMode = new URLSearchParams(location.search).get('view') === 'table';
let detailCtrl = null;
let shownEntity = null; // the entity in the panel, drawn again when filters change
let current = location.hash.slice(1); // the hash shown last, so the page's own changes are not routed again
let overviewLoad = null;

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function fail(err) {
  say(err.message || String(err), true);
}

/**
 * setURL writes the view (hash) and the filters (query) to the address bar;
 * leaving the overview adds a history entry, so Back returns to it.
 */
function setURL(hash = current, push = false) {
  current = hash;
  const q = new URLSearchParams(location.search);
  filters.writeQuery(q);
  if (tableMode) q.set('view', 'table');
  else q.delete('view');
  const search = q.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function showOverview() {
  detailCtrl?.abort(); // an entity's details still loading are not wanted any more
  $('overview').hidden = false;
  $('stage').hidden = true;
  panel.hidden = true;
  document.body.dataset.mode = 'overview';
  overviewLoad ??= overview($('overview')).catch((err) => {
    overviewLoad = null;
    $('overview').replaceChildren(message(`The overview could not be loaded: ${err.message}`, 'error'));
  });
}

function showExplore() {
  if (document.body.dataset.mode === 'explore') return;
  $('overview').hidden = true;
  $('stage').hidden = false;
  panel.hidden = false;
  document.body.dataset.mode = 'explore';
  graph.cy.resize();
}

function counts() {
  const all = graph.size;
  const shown = filters.active ? graph.shown() : null;
  const n = shown ? shown.nodes.length : all;
  const e = shown ? shown.edges.length : graph.cy.edges().length;
  say(`${n} entit${n === 1 ? 'y' : 'ies'}, ${e} link${e === 1 ? '' : 's'}${shown && n < all ? ` (${all - n} hidden by filters)` : ''}`);
  bar.setSpan(graph.dates());
  if (tableMode) table.render($('table'), graph.shown(), go);
}

function names() {
  return new Map(graph.cy.nodes().map((n) => [n.id(), { slug: n.id(), name: n.data('name'), type: n.data('type') }]));
}

function showEntity(entity) {
  shownEntity = entity;
  panel.replaceChildren(entityView(entity, go, filters));
}

function showPanel(view) {
  shownEntity = null;
  panel.replaceChildren(view);
}

/** show puts an entity's details in the panel. */
async function show(slug) {
  detailCtrl?.abort();
  detailCtrl = new AbortController();
  showPanel(message('Loading…'));
  try {
    const data = await gql(ENTITY_DETAILS, { slug }, detailCtrl.signal);
    if (!data.entity) {
      showPanel(message(`No entity ${slug}.`, 'error'));
      return;
    }
    showEntity(data.entity);
    panel.scrollTop = 0;
  } catch (err) {
    if (err.name !== 'AbortError') {
      showPanel(message(err.message, 'error'));
      fail(err);
    }
  }
}

/** expand draws the neighbourhood of slug into the graph. */
async function expand(slug, depth = 1) {
  if (graph.isExpanded(slug) && depth === 1) return;
  say('Loading…');
  try {
    let sub = (await gql(NEIGHBOURHOOD, { slug, depth, limit: 300 })).neighbourhood;
    // A lone entity with one or two links is drawn with the next ring too.
    if (depth === 1 && graph.size === 0 && sub.nodes.length < 6) {
      sub = (await gql(NEIGHBOURHOOD, { slug, depth: 2, limit: 300 })).neighbourhood;
    }
    // Back to the overview while this was loading: the answer is stale, and
    // drawing it would leave the overview for the graph again.
    if (document.body.dataset.mode === 'overview') {
      counts();
      return;
    }
    graph.add(sub, slug);
    graph.markExpanded(slug);
    counts();
    if (sub.truncated) say(`${status.textContent} (neighbourhood cut at 300)`);
  } catch (err) {
    fail(err);
  }
}

/** go selects an entity: its details in the panel, its neighbourhood drawn. */
async function go(node, { fresh = false } = {}) {
  const leaving = document.body.dataset.mode === 'overview' && location.hash.slice(1) !== encodeURIComponent(node.slug);
  showExplore();
  if (fresh) {
    graph.unhighlight();
    graph.clear();
  }
  setURL(encodeURIComponent(node.slug), leaving);
  const details = show(node.slug);
  await expand(node.slug);
  graph.select(node.slug);
  await details;
}

async function findPath(ev) {
  ev?.preventDefault();
  const ends = [];
  for (const input of [$('path-from'), $('path-to')]) {
    let slug = input.dataset.slug;
    if (!slug && input.value.trim()) {
      const hit = (await gql(SEARCH, { text: input.value.trim() })).search.edges[0];
      if (hit) {
        slug = hit.node.slug;
        input.value = hit.node.name;
        input.dataset.slug = slug;
      }
    }
    if (!slug) {
      say(`Pick the path's ${input === $('path-from') ? 'start' : 'end'} first.`, true);
      input.focus();
      return;
    }
    ends.push(slug);
  }
  const leaving = document.body.dataset.mode === 'overview';
  showExplore();
  say('Finding path…');
  try {
    const { path } = await gql(PATH, { from: ends[0], to: ends[1] });
    if (!path) {
      say('No path within 6 hops.', true);
      showPanel(message(`No path between ${$('path-from').value} and ${$('path-to').value} within 6 hops.`));
      return;
    }
    $('path-from').value = path.nodes[0].name;
    $('path-to').value = path.nodes[path.nodes.length - 1].name;
    graph.add({ nodes: path.nodes, edges: path.edges }, ends[0]);
    graph.highlight(path.nodes.map((n) => n.slug), path.edges.map(edgeId));
    counts();
    say(`Path: ${path.hops} hop${path.hops === 1 ? '' : 's'}`);
    showPanel(pathView(path, (n) => go(n)));
    setURL(`path/${encodeURIComponent(ends[0])}/${encodeURIComponent(ends[1])}`, leaving && !location.hash.startsWith('#path/'));
  } catch (err) {
    fail(err);
  }
}

/** refilter applies the filters to the graph, the panel, the table and the address. */
function refilter() {
  graph.filter((e) => filters.edgeOk(e), filters.active);
  if (shownEntity) showEntity(shownEntity);
  setURL();
}

function setTableMode(on) {
  tableMode = on;
  $('table').hidden = !on;
  $('view-graph').setAttribute('aria-pressed', String(!on));
  $('view-table').setAttribute('aria-pressed', String(on));
  document.body.classList.toggle('table-mode', on);
  if (on) table.render($('table'), graph.shown(), go);
  setURL();
}

const graph = new Graph($('cy'), {
  onNode: (d) => {
    graph.unhighlight();
    go({ slug: d.slug, name: d.name, type: d.type });
  },
  onEdge: (d) => showPanel(edgeView(d.edge, names(), (n) => go(n))),
  onBackground: () => graph.unhighlight(),
  onAdd: () => showExplore(),
  onChange: () => counts(),
});
const bar = filterBar($('filters'), filters, refilter);
graph.filter((e) => filters.edgeOk(e), filters.active);

attachSuggest($('search'), $('search-list'), (n) => go(n, { fresh: true }), fail);
const setFrom = attachSuggest($('path-from'), $('from-list'), () => $('path-to').focus(), fail);
const setTo = attachSuggest($('path-to'), $('to-list'), () => {}, fail);
$('path-form').addEventListener('submit', findPath);
$('fit').addEventListener('click', () => graph.fit());
$('relayout').addEventListener('click', () => graph.layout(true));
$('clear').addEventListener('click', () => {
  graph.clear();
  showPanel(message('Search for an entity to start.'));
  setURL('');
  showOverview();
});
$('view-graph').addEventListener('click', () => setTableMode(false));
$('view-table').addEventListener('click', () => setTableMode(true));

const EXPORTS = {
  png: async (base) => download(`${base}.png`, await graph.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })),
  svg: (base) => download(`${base}.svg`, svg(graph.cy), 'image/svg+xml'),
  'links-csv': (base) => download(`${base}-links.csv`, edgesCSV(graph.shown()), 'text/csv;charset=utf-8'),
  'entities-csv': (base) => download(`${base}-entities.csv`, nodesCSV(graph.shown()), 'text/csv;charset=utf-8'),
  graphml: (base) => download(`${base}.graphml`, graphML(graph.shown()), 'application/graphml+xml'),
};
for (const b of document.querySelectorAll('#export [data-export]')) {
  b.addEventListener('click', async () => {
    $('export').open = false;
    const base = `telcograph-${decodeURIComponent(current || 'graph').replace(/[^\w-]+/g, '-')}`;
    try {
      await EXPORTS[b.dataset.export](base);
    } catch (err) {
      fail(err);
    }
  });
}
document.addEventListener('click', (ev) => {
  if (!$('export').contains(ev.target)) $('export').open = false;
});

/** route opens what the hash names: an entity, a path, or the overview. */
async function route(ev) {
  const hash = location.hash.slice(1);
  if (ev && hash === current && (hash || document.body.dataset.mode === 'overview')) return;
  current = hash;
  const parts = decodeURIComponent(hash).split('/');
  if (parts[0] === 'path' && parts.length === 3) {
    for (const [slug, set] of [[parts[1], setFrom], [parts[2], setTo]]) set({ slug, name: slug });
    await findPath();
  } else if (parts[0]) {
    await go({ slug: parts[0] }, { fresh: true });
  } else {
    showPanel(message('Search for an entity to start.'));
    showOverview();
  }
}
window.addEventListener('hashchange', route);
if (tableMode) setTableMode(true);
route();

// The console and the browser tests reach the graph here.
window.telcograph = { graph, go, findPath, filters };
