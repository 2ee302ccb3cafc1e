// Downloads of what is drawn, made in the page from the graph's own data:
// CSV and GraphML with the same columns and keys as the server's /export
// (plus names, until and publishers), SVG drawn from Cytoscape's positions,
// and Cytoscape's own PNG.
import { TYPES, RELATIONS } from './graph.js';

// Multi-valued cells are joined as /export joins them: article URLs hold no
// space, and " | " reads as a break between sentences.
const URL_SEP = ' ';
const TEXT_SEP = ' | ';

/** NODE_COLUMNS and EDGE_COLUMNS are the CSV headers, one row per entity and per link. */
export const NODE_COLUMNS = ['id', 'type', 'name', 'links'];
export const EDGE_COLUMNS = ['source', 'source_name', 'target', 'target_name', 'relation', 'since', 'until', 'role',
  'modality', 'sources', 'publishers', 'evidence'];

function edgeRow(e, names) {
  const src = e.sources ?? [];
  return [e.from.slug, names.get(e.from.slug) ?? e.from.slug, e.to.slug, names.get(e.to.slug) ?? e.to.slug,
    e.relation, e.since ?? '', e.until ?? '', e.role ?? '', e.modality ?? '',
    src.map((s) => s.url).join(URL_SEP),
    src.map((s) => [s.publisher, s.date].filter(Boolean).join(' ')).join(TEXT_SEP),
    src.map((s) => s.evidence ?? '').filter(Boolean).join(TEXT_SEP)];
}

/** csvCell quotes a value as RFC 4180 asks: when it holds a comma, a quote or a line break. */
function csvCell(v) {
  const s = String(v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows) {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** nodesCSV and edgesCSV write the drawn graph ({nodes, edges} from Graph.shown) as CSV. */
export function nodesCSV({ nodes }) {
  return csv([NODE_COLUMNS, ...nodes.map((n) => [n.slug, n.type, n.name, n.degree])]);
}

export function edgesCSV({ nodes, edges }) {
  const names = new Map(nodes.map((n) => [n.slug, n.name]));
  return csv([EDGE_COLUMNS, ...edges.map((e) => edgeRow(e, names))]);
}

function xml(s) {
  return String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c])
    // Characters XML 1.0 cannot hold.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

/** graphML writes the drawn graph as directed GraphML, with /export's keys and a few more. */
export function graphML({ nodes, edges }) {
  const names = new Map(nodes.map((n) => [n.slug, n.name]));
  const nodeKeys = ['type', 'name'];
  const edgeKeys = ['relation', 'since', 'until', 'role', 'modality', 'sources', 'publishers', 'evidence'];
  const data = (k, v) => (v === '' || v === undefined ? '' : `<data key="${k}">${xml(v)}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="telcograph" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${xml(n.slug)}">${data('type', n.type)}${data('name', n.name)}</node>`),
    ...edges.map((e, i) => {
      const r = edgeRow(e, names);
      const v = { relation: r[4], since: r[5], until: r[6], role: r[7], modality: r[8], sources: r[9], publishers: r[10], evidence: r[11] };
      return `    <edge id="e${i}" source="${xml(e.from.slug)}" target="${xml(e.to.slug)}">${edgeKeys.map((k) => data(k, v[k])).join('')}</edge>`;
    }),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

// Node outlines in SVG, centred on 0,0 for a node of size s.
function shapePath(shape, s) {
  const r = s / 2;
  switch (shape) {
    case 'hexagon': return `M${-r / 2},${-r} L${r / 2},${-r} L${r},0 L${r / 2},${r} L${-r / 2},${r} L${-r},0 Z`;
    case 'diamond': return `M0,${-r} L${r},0 L0,${r} L${-r},0 Z`;
    case 'triangle': return `M0,${-r} L${r},${r} L${-r},${r} Z`;
    default: return '';
  }
}

const num = (v) => Math.round(v * 10) / 10;

/**
 * svg draws the visible part of a Cytoscape graph as a standalone SVG
 * document: each link as Cytoscape routes it (straight or its bezier), with
 * its colour, dash and arrow, each entity with its shape, colour and name.
 */
export function svg(cy) {
  const eles = cy.elements().not('.off');
  const bb = eles.boundingBox({ includeLabels: true });
  const pad = 20;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(bb.x1 - pad)} ${num(bb.y1 - pad)} ${num(bb.w + 2 * pad)} ${num(bb.h + 2 * pad)}" width="${Math.ceil(bb.w + 2 * pad)}" height="${Math.ceil(bb.h + 2 * pad)}" font-family="system-ui, sans-serif">`);
  out.push(`<rect x="${num(bb.x1 - pad)}" y="${num(bb.y1 - pad)}" width="${num(bb.w + 2 * pad)}" height="${num(bb.h + 2 * pad)}" fill="#ffffff"/>`);
  const colours = new Set();
  eles.edges().forEach((e) => {
    if (e.source().hasClass('off') || e.target().hasClass('off')) return;
    const colour = e.style('line-color');
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const cps = e.controlPoints();
    const d = cps && cps.length === 1 ? `M${num(s.x)},${num(s.y)} Q${num(cps[0].x)},${num(cps[0].y)} ${num(t.x)},${num(t.y)}`
      : cps && cps.length >= 2 ? `M${num(s.x)},${num(s.y)} C${num(cps[0].x)},${num(cps[0].y)} ${num(cps[1].x)},${num(cps[1].y)} ${num(t.x)},${num(t.y)}`
        : `M${num(s.x)},${num(s.y)} L${num(t.x)},${num(t.y)}`;
    const dash = { dashed: ' stroke-dasharray="6 3"', dotted: ' stroke-dasharray="1.5 3"' }[e.style('line-style')] ?? '';
    const arrow = e.style('target-arrow-shape') !== 'none';
    if (arrow) colours.add(colour);
    const title = `${e.source().data('name')} ${e.data('label')} ${e.target().data('name')}`;
    out.push(`<path d="${d}" fill="none" stroke="${xml(colour)}" stroke-width="${parseFloat(e.style('width'))}"${dash}${arrow ? ` marker-end="url(#${markerId(colour)})"` : ''}><title>${xml(title)}</title></path>`);
  });
  out.splice(2, 0, `<defs>${[...colours].map((c) => `<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${xml(c)}"/></marker>`).join('')}</defs>`);
  eles.nodes().forEach((n) => {
    const p = n.position();
    const size = n.width();
    const t = TYPES[n.data('type')];
    const fill = t?.color ?? '#999999';
    const shape = t?.shape ?? 'ellipse';
    const at = `transform="translate(${num(p.x)},${num(p.y)})"`;
    const stroke = 'stroke="#ffffff" stroke-width="2"';
    const body = shape === 'ellipse' ? `<circle r="${size / 2}" fill="${fill}" ${stroke}/>`
      : shape === 'round-rectangle' ? `<rect x="${-size / 2}" y="${-size / 2}" width="${size}" height="${size}" rx="${size / 4}" fill="${fill}" ${stroke}/>`
        : `<path d="${shapePath(shape, size)}" fill="${fill}" ${stroke}/>`;
    out.push(`<g ${at}>${body}<text y="${num(size / 2 + 14)}" text-anchor="middle" font-size="11"${n.data('type') === 'ALLIANCE' ? ' font-weight="600"' : ''} fill="#1d2733" paint-order="stroke" stroke="#ffffff" stroke-width="3">${xml(n.data('name'))}</text><title>${xml(`${n.data('name')} (${t?.label ?? n.data('type')})`)}</title></g>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function markerId(colour) {
  return `arrow-${String(colour).replace(/[^a-z0-9]/gi, '')}`;
}

/** relationLabel names a link's relation as the graph reads it. */
export function relationLabel(e) {
  return RELATIONS[e.role === 'FOUNDING_MEMBER' ? 'FOUNDING_MEMBER' : e.relation] ?? e.relation;
}

/** download saves text or a Blob under name through a temporary link. */
export function download(name, body, type) {
  const blob = body instanceof Blob ? body : new Blob([body], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
