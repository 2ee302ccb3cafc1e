// The explorer: search, draw a neighbourhood, expand on click, read the
// sources of any link, find the path between two entities. Everything it
// shows comes from /graphql on this server.
import './style.css';
import { gql, NEIGHBOURHOOD, PATH, ENTITY_DETAILS, SEARCH } from './api.js';
import { Graph, edgeId } from './graph.js';
import { attachSuggest } from './suggest.js';
import { entityView, edgeView, pathView, message } from './panel.js';

const $ = (id) => document.getElementById(id);
const panel = $('panel');
const status = $('status');
let detailCtrl = null;

function say(text, error = false) {
  status.textContent = text;
  status.classList.toggle('error', error);
}

function fail(err) {
  say(err.message || String(err), true);
}

function counts() {
  const n = graph.size;
  const e = graph.cy.edges().length;
  say(`${n} entit${n === 1 ? 'y' : 'ies'}, ${e} link${e === 1 ? '' : 's'}`);
  $('empty').hidden = n > 0;
}

function names() {
  return new Map(graph.cy.nodes().map((n) => [n.id(), { slug: n.id(), name: n.data('name'), type: n.data('type') }]));
}

/** show puts an entity's details in the panel. */
async function show(slug) {
  detailCtrl?.abort();
  detailCtrl = new AbortController();
  panel.replaceChildren(message('Loading…'));
  try {
    const data = await gql(ENTITY_DETAILS, { slug }, detailCtrl.signal);
    if (!data.entity) {
      panel.replaceChildren(message(`No entity ${slug}.`, 'error'));
      return;
    }
    panel.replaceChildren(entityView(data.entity, go));
    panel.scrollTop = 0;
  } catch (err) {
    if (err.name !== 'AbortError') {
      panel.replaceChildren(message(err.message, 'error'));
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
  if (fresh) {
    graph.unhighlight();
    graph.clear();
  }
  history.replaceState(null, '', `#${encodeURIComponent(node.slug)}`);
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
  say('Finding path…');
  try {
    const { path } = await gql(PATH, { from: ends[0], to: ends[1] });
    if (!path) {
      say('No path within 6 hops.', true);
      panel.replaceChildren(message(`No path between ${$('path-from').value} and ${$('path-to').value} within 6 hops.`));
      return;
    }
    $('path-from').value = path.nodes[0].name;
    $('path-to').value = path.nodes[path.nodes.length - 1].name;
    graph.add({ nodes: path.nodes, edges: path.edges }, ends[0]);
    graph.highlight(path.nodes.map((n) => n.slug), path.edges.map(edgeId));
    counts();
    say(`Path: ${path.hops} hop${path.hops === 1 ? '' : 's'}`);
    panel.replaceChildren(pathView(path, (n) => go(n)));
    history.replaceState(null, '', `#path/${encodeURIComponent(ends[0])}/${encodeURIComponent(ends[1])}`);
  } catch (err) {
    fail(err);
  }
}

const graph = new Graph($('cy'), {
  onNode: (d) => {
    graph.unhighlight();
    go({ slug: d.slug, name: d.name, type: d.type });
  },
  onEdge: (d) => panel.replaceChildren(edgeView(d.edge, names(), (n) => go(n))),
  onBackground: () => graph.unhighlight(),
  onChange: () => counts(),
});

attachSuggest($('search'), $('search-list'), (n) => go(n, { fresh: true }), fail);
const setFrom = attachSuggest($('path-from'), $('from-list'), () => $('path-to').focus(), fail);
const setTo = attachSuggest($('path-to'), $('to-list'), () => {}, fail);
$('path-form').addEventListener('submit', findPath);
$('fit').addEventListener('click', () => graph.fit());
$('relayout').addEventListener('click', () => graph.layout(true));
$('clear').addEventListener('click', () => {
  graph.clear();
  panel.replaceChildren(message('Search for an entity to start.'));
  history.replaceState(null, '', '#');
});
for (const b of document.querySelectorAll('#empty button[data-slug]')) {
  b.addEventListener('click', () => go({ slug: b.dataset.slug, name: b.textContent }, { fresh: true }));
}

// A link to #slug or #path/from/to opens that view.
async function fromHash() {
  const parts = decodeURIComponent(location.hash.slice(1)).split('/');
  if (parts[0] === 'path' && parts.length === 3) {
    for (const [slug, set] of [[parts[1], setFrom], [parts[2], setTo]]) set({ slug, name: slug });
    await findPath();
  } else if (parts[0]) {
    await go({ slug: parts[0] }, { fresh: true });
  } else {
    panel.replaceChildren(message('Search for an entity to start.'));
  }
}
fromHash();

// The console and the browser tests reach the graph here.
window.telcograph = { graph, go, findPath };
