// The article pane of the review page: the article's text with every
// candidate's evidence sentence marked. A sentence is found verbatim, or
// else with any run of white space matching any other (an extractor may
// have joined lines); one that cannot be found is listed under the text.
import { h } from './dom.js';

/** locate returns [start, end) of sentence in text, or null. */
export function locate(text, sentence) {
  const s = sentence.trim();
  if (!s) return null;
  const at = text.indexOf(s);
  if (at >= 0) return [at, at + s.length];
  const words = s.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

// Which state a mark covering several candidates shows: the one still to do first.
const ORDER = ['PENDING', 'ACCEPTED', 'REJECTED'];

/**
 * markText returns the text as nodes, with a <mark> over every evidence
 * sentence of cands ({id, state, evidence}), and the sentences it could not
 * find. Where sentences overlap, the overlap is one mark naming every
 * candidate it belongs to (data-ids, space separated).
 */
export function markText(text, cands) {
  const ranges = [];
  const missing = [];
  for (const c of cands) {
    for (const ev of c.evidence) {
      const r = locate(text, ev);
      if (r) ranges.push({ start: r[0], end: r[1], c });
      else missing.push({ sentence: ev, c });
    }
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const over = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.c);
    if (!over.length) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const ids = [...new Set(over.map((c) => c.id))];
    const state = ORDER.find((s) => over.some((c) => c.state === s)) ?? over[0].state;
    nodes.push(h('mark', { class: `evidence ${state.toLowerCase()}`, 'data-ids': ids.join(' ') }, piece));
  }
  return { nodes, missing };
}

/**
 * renderArticle fills el with the article (url, title, date, text) and its
 * candidates' evidence marked; onPick(id) runs when a mark is clicked.
 */
export function renderArticle(el, article, cands, fmtDate, onPick) {
  const { nodes, missing } = markText(article.text, cands);
  const head = h('header', { class: 'art-head' },
    h('h2', {}, article.title || article.url),
    h('p', { class: 'cite' },
      article.date ? h('span', {}, fmtDate(article.date), ' · ') : null,
      h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url)));
  const body = h('div', { class: 'art-text' }, nodes);
  body.addEventListener('click', (ev) => {
    const m = ev.target.closest('mark[data-ids]');
    if (m) onPick(m.dataset.ids.split(' ')[0]);
  });
  const lost = missing.length
    ? h('div', { class: 'art-missing' },
      h('h3', {}, 'Evidence not found in the text'),
      missing.map((m) => h('blockquote', { class: 'evidence', 'data-ids': m.c.id }, m.sentence)))
    : null;
  el.replaceChildren(head, body, lost ?? '');
}

/**
 * markCurrent emphasises the marks of candidate id and scrolls the article
 * (el, its own scroll box on a wide screen) to the first; the page itself is
 * not scrolled, so on a narrow screen the list stays where it is.
 */
export function markCurrent(el, id) {
  let first = null;
  for (const m of el.querySelectorAll('[data-ids]')) {
    const on = m.dataset.ids.split(' ').includes(id);
    m.classList.toggle('current', on);
    if (on && !first) first = m;
  }
  if (first && el.scrollHeight > el.clientHeight) el.scrollTop = Math.max(0, first.offsetTop - el.clientHeight / 3);
  return first !== null;
}
