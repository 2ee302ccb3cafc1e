// The graph canvas: Cytoscape.js with the fCoSE force layout. Entities are
// nodes keyed by slug; links are edges keyed by (from, relation, to), so the
// same link arriving from two queries is drawn once.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { RELATIONS } from './relations.js';

cytoscape.use(fcose);

/** TYPES gives each entity type its colour, shape and legend name. */
export const TYPES = {
  COMPANY: { color: '#3b82c4', shape: 'round-rectangle', label: 'Company' },
  ALLIANCE: { color: '#e08a1e', shape: 'hexagon', label: 'Alliance' },
  JOINT_VENTURE: { color: '#8e5cc7', shape: 'diamond', label: 'Joint venture' },
  PERSON: { color: '#3c9d5d', shape: 'ellipse', label: 'Person' },
  COUNTRY: { color: '#7b8794', shape: 'triangle', label: 'Country' },
};

// RELATIONS lives in its own module so that the review page can name
// relations without pulling Cytoscape into its bundle.
export { RELATIONS };

// Past this many nodes the canvas drops labels while panning and the layout
// stops animating, which keeps 2,000 nodes responsive.
const LARGE = 400;

export function edgeId(e) {
  return `${e.from.slug}|${e.relation}|${e.to.slug}`;
}

const style = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => TYPES[n.data('type')]?.color ?? '#999',
      shape: (n) => TYPES[n.data('type')]?.shape ?? 'ellipse',
      label: 'data(name)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 11,
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': 1,
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[type = "ALLIANCE"]', style: { width: 36, height: 36, 'font-weight': 600 } },
  { selector: 'node[type = "COUNTRY"]', style: { width: 20, height: 20 } },
  { selector: 'node.expanded', style: { 'border-color': '#1d2733', 'border-width': 2 } },
  { selector: 'node:selected', style: { 'border-color': '#d6336c', 'border-width': 4, 'z-index': 20 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#b3bcc6',
      'target-arrow-color': '#b3bcc6',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[relation = "LED_BY"]', style: { 'line-style': 'dashed', 'line-color': '#e08a1e', 'target-arrow-color': '#e08a1e' } },
  { selector: 'edge[relation = "PARTNER_OF"]', style: { 'target-arrow-shape': 'none', 'line-color': '#3b82c4' } },
  { selector: 'edge[relation = "JOINT_VENTURE"]', style: { 'line-color': '#8e5cc7', 'target-arrow-color': '#8e5cc7' } },
  { selector: 'edge[relation = "CEO_OF"], edge[relation = "CHAIRMAN_OF"]', style: { 'line-color': '#3c9d5d', 'target-arrow-color': '#3c9d5d' } },
  { selector: 'edge[relation = "INVESTED_IN"]', style: { 'line-style': 'dotted', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
  { selector: 'edge[relation = "FOUNDED_BY"]', style: { 'line-style': 'dashed', 'line-color': '#8a6d1f', 'target-arrow-color': '#8a6d1f' } },
  { selector: 'edge[role = "FOUNDING_MEMBER"]', style: { width: 2.5 } },
  { selector: 'edge:selected', style: { 'line-color': '#d6336c', 'target-arrow-color': '#d6336c', width: 3, label: 'data(label)' } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: '.off', style: { display: 'none' } },
  {
    selector: 'edge.path',
    style: { 'line-color': '#d6336c', 'target-arrow-color': '#d6336c', width: 5, label: 'data(label)', 'z-index': 30, opacity: 1 },
  },
  { selector: 'node.path', style: { 'border-color': '#d6336c', 'border-width': 4, 'z-index': 30, opacity: 1 } },
];

/**
 * Graph wraps one Cytoscape instance. onNode and onEdge are called with the
 * element's data when the user taps it.
 */
export class Graph {
  constructor(container, { onNode, onEdge, onBackground, onAdd, onChange }) {
    this.onAdd = onAdd;
    this.onChange = onChange;
    this.cy = cytoscape({
      container,
      style,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (ev) => onNode(ev.target.data()));
    this.cy.on('tap', 'edge', (ev) => onEdge(ev.target.data()));
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) onBackground();
    });
    // The canvas changes size with the window and with the bars above it
    // (they wrap on a narrow screen): keep the drawing fitted to it.
    this.resizer = new ResizeObserver(() => {
      this.cy.resize();
      if (this.idle && this.size > 0) this.fitNow();
    });
    this.resizer.observe(container);
    this.layoutRun = null;
    this.edgeOk = () => true;
    this.filtered = false;
    /** idle is false while a layout runs (the browser tests wait on it). */
    this.idle = true;
    /** lastLayoutMs is how long the last layout took. */
    this.lastLayoutMs = 0;
  }

  /** size is how many entities are drawn. */
  get size() {
    return this.cy.nodes().length;
  }

  /** names lists the drawn entities' names (tests and status line read it). */
  names() {
    return this.cy.nodes().map((n) => n.data('name'));
  }

  /**
   * add merges a subgraph (nodes and GraphEdges) into the canvas, placing
   * new nodes next to near, and lays the graph out again. It returns how
   * many nodes were new.
   */
  add({ nodes, edges }, near) {
    this.onAdd?.();
    const cy = this.cy;
    const origin = near && cy.getElementById(near);
    const at = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    let fresh = 0;
    cy.batch(() => {
      for (const n of nodes) {
        const el = cy.getElementById(n.slug);
        if (el.nonempty()) {
          el.data({ name: n.name, type: n.type });
          continue;
        }
        fresh++;
        cy.add({
          group: 'nodes',
          data: { id: n.slug, slug: n.slug, name: n.name, type: n.type },
          position: { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 },
        });
      }
      for (const e of edges) {
        const id = edgeId(e);
        const data = {
          id,
          source: e.from.slug,
          target: e.to.slug,
          relation: e.relation,
          role: e.role ?? '',
          label: RELATIONS[e.role === 'FOUNDING_MEMBER' ? 'FOUNDING_MEMBER' : e.relation] ?? e.relation,
          edge: e,
        };
        const el = cy.getElementById(id);
        if (el.nonempty()) el.data(data);
        else if (cy.getElementById(data.source).nonempty() && cy.getElementById(data.target).nonempty()) cy.add({ group: 'edges', data });
      }
    });
    this.refilter();
    if (fresh > 0) this.layout();
    this.onChange?.();
    return fresh;
  }

  /** layout runs fCoSE over the whole graph, keeping positions where it can. */
  layout(randomize = false) {
    this.layoutRun?.stop();
    const large = this.size > LARGE;
    this.cy.style().selector('node').style('min-zoomed-font-size', large ? 10 : 7).update();
    this.cy.renderer().hideEdgesOnViewport = large;
    this.cy.renderer().textureOnViewport = large;
    // A small graph gets fCoSE's spectral start refined by its force pass,
    // from the current positions when it grows. A large one gets the
    // spectral pass only, which needs a random start: on a 2-core machine it
    // places 2,000 nodes in about a second where the force pass takes half
    // a minute (the browser test logs the time).
    this.layoutRun = this.cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: randomize || large,
      animate: !large,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: !large,
      nodeRepulsion: 6000,
      idealEdgeLength: 90,
    });
    this.idle = false;
    const started = performance.now();
    this.layoutRun.one('layoutstop', () => {
      if (large) this.spread();
      else this.fitNow();
      this.lastLayoutMs = Math.round(performance.now() - started);
      this.idle = true;
    });
    this.layoutRun.run();
  }

  /**
   * spread follows the spectral pass on a large graph: that pass puts nodes
   * with the same neighbours (an alliance's many members) on one point, so
   * it scales the drawing to a readable edge length and scatters each node
   * within half an edge of its place.
   */
  spread() {
    const cy = this.cy;
    let sum = 0;
    const edges = cy.edges();
    edges.forEach((e) => {
      const a = e.source().position();
      const b = e.target().position();
      sum += Math.hypot(a.x - b.x, a.y - b.y);
    });
    const mean = edges.length ? sum / edges.length : 1;
    const k = 120 / Math.max(mean, 1);
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
    cy.batch(() => {
      cy.nodes().positions((n) => {
        const p = n.position();
        return { x: p.x * k + rand() * 60, y: p.y * k + rand() * 60 };
      });
    });
    cy.fit(undefined, 40);
  }

  /** highlight marks a path (slugs and edge ids) and fades everything else. */
  highlight(slugs, edgeIds) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('path').addClass('faded');
      for (const s of slugs) cy.getElementById(s).removeClass('faded').addClass('path');
      for (const id of edgeIds) cy.getElementById(id).removeClass('faded').addClass('path');
    });
  }

  /** unhighlight clears a path. */
  unhighlight() {
    this.cy.elements().removeClass('path faded');
  }

  /** pathEdges is how many edges are highlighted as a path. */
  pathEdges() {
    return this.cy.edges('.path').length;
  }

  select(slug) {
    this.cy.elements().unselect();
    const el = this.cy.getElementById(slug);
    el.select();
    return el;
  }

  markExpanded(slug) {
    this.cy.getElementById(slug).addClass('expanded');
    if (this.filtered) this.refilter();
  }

  isExpanded(slug) {
    return this.cy.getElementById(slug).hasClass('expanded');
  }

  /** fitNow fits what is shown to the canvas at once, no closer than a readable zoom. */
  fitNow() {
    const cy = this.cy;
    cy.fit(cy.elements().not('.off'), 40);
    // Two or three entities would fill the canvas; keep them at a readable size.
    if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.off'), padding: 40 }, duration: 250 });
  }

  /**
   * filter hides the links that edgeOk refuses and the entities that are
   * then cut off: an entity stays when a shown link connects it to an
   * expanded entity or a path's (or, with neither drawn, to anything). With
   * active false everything is shown. Positions do not change, so moving
   * the date slider shows the same map growing and shrinking.
   */
  filter(edgeOk, active) {
    this.edgeOk = edgeOk;
    this.filtered = active;
    this.refilter();
    this.onChange?.();
  }

  /** refilter applies the last filter again (after elements were added). */
  refilter() {
    const cy = this.cy;
    const edgeOk = this.edgeOk;
    cy.batch(() => {
      cy.elements().removeClass('off');
      if (!this.filtered) return;
      const off = cy.edges().filter((e) => !edgeOk(e.data('edge')));
      off.addClass('off');
      const on = cy.edges().not(off);
      let anchors = cy.nodes('.expanded, .path');
      if (anchors.empty()) anchors = on.connectedNodes();
      const keep = new Set(anchors.map((n) => n.id()));
      const queue = [...keep];
      while (queue.length) {
        const id = queue.pop();
        cy.getElementById(id).connectedEdges().not('.off').connectedNodes().forEach((n) => {
          if (!keep.has(n.id())) {
            keep.add(n.id());
            queue.push(n.id());
          }
        });
      }
      cy.nodes().filter((n) => !keep.has(n.id())).addClass('off');
    });
  }

  /** shown is what is drawn now: entities and links that no filter hides, as the API gave them. */
  shown() {
    const nodes = this.cy.nodes().not('.off');
    const edges = this.cy.edges().not('.off').filter((e) => !e.source().hasClass('off') && !e.target().hasClass('off'));
    return {
      nodes: nodes.map((n) => ({ slug: n.id(), name: n.data('name'), type: n.data('type'), degree: n.connectedEdges().intersection(edges).length })),
      edges: edges.map((e) => e.data('edge')),
    };
  }

  /** dates lists every since and until of the drawn links, for the date slider's range. */
  dates() {
    const out = [];
    this.cy.edges().forEach((e) => {
      const d = e.data('edge');
      if (d?.since) out.push(d.since);
      if (d?.until) out.push(d.until);
    });
    return out;
  }

  clear() {
    this.layoutRun?.stop();
    const gone = this.cy.elements().remove();
    // cytoscape keeps the elements it animates in a pool keyed by id and
    // drops them at its next animation frame. An entity drawn again before
    // that frame (an answer that comes quickly) would find its id taken by
    // the removed element, its animation would never run and the layout
    // never stop. Drop them now (cytoscape 3.35 has no public call for it).
    this.cy._private.aniEles?.unmerge(gone);
    this.onChange?.();
  }
}
