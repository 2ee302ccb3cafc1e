// Filters on what the graph and the side panel show: relation toggles and a
// date the graph is seen "as of". They live in the page's query string
// (?hide=partner_of,invested_in&asof=2023-06), so a filtered view can be
// shared and reloaded; the view itself stays in the hash (#sk-telecom).
import { h } from './dom.js';
import { fmtDate } from './dates.js';

/** TOGGLES are the relations a user can switch off, in the bar's order, with their line colours. */
export const TOGGLES = [
  { rel: 'MEMBER_OF', label: 'member of', color: '#b3bcc6' },
  { rel: 'LED_BY', label: 'led by', color: '#e08a1e' },
  { rel: 'PARTNER_OF', label: 'partner of', color: '#3b82c4' },
  { rel: 'JOINT_VENTURE', label: 'joint venture', color: '#8e5cc7' },
  { rel: 'CEO_OF', label: 'CEO of', color: '#3c9d5d' },
  { rel: 'CHAIRMAN_OF', label: 'chair of', color: '#3c9d5d' },
  { rel: 'INVESTED_IN', label: 'invested in', color: '#c0392b' },
  { rel: 'FOUNDED_BY', label: 'founded by', color: '#8a6d1f' },
];

// A founding membership is a membership: one toggle covers both.
const TOGGLE_OF = { FOUNDING_MEMBER: 'MEMBER_OF' };

/**
 * span maps a Date scalar ("2023", "2023-02", "2023-02-14") to the days it
 * covers, as [start, end) on a scale where every month has 31 days: enough to
 * compare dates of mixed precision the way the API's asOf does.
 */
export function span(d) {
  const [y, m, day] = d.split('-').map(Number);
  const start = y * 372 + ((m || 1) - 1) * 31 + ((day || 1) - 1);
  if (!m) return [start, start + 372];
  if (!day) return [start, start + 31];
  return [start, start + 1];
}

/** firstReported is the date of the earliest article that states a link. */
export function firstReported(e) {
  let first = '';
  for (const s of e.sources ?? []) if (s.date && (!first || span(s.date)[0] < span(first)[0])) first = s.date;
  return first;
}

/**
 * inForce says whether a link held on asOf as the sources tell it. It
 * follows the API's asOf rule (graph.InForce: it had begun, since starting
 * before asOf ends, and not ended, until ending after asOf starts; a planned
 * link never holds) with one difference: a link with no since counts from
 * its first article's date, not from the beginning of time, so that an
 * alliance first reported in 2026 is not drawn as of 2023.
 */
export function inForce(e, asOf) {
  if (!asOf) return true;
  if (e.modality === 'PLANNED') return false;
  const [lo, hi] = span(asOf);
  const since = e.since || firstReported(e);
  if (since && !(span(since)[0] < hi)) return false;
  if (e.until && !(span(e.until)[1] > lo)) return false;
  return true;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** monthIndex and monthDate convert between "2023-06" and a month count, for the slider. */
export const monthIndex = (d) => {
  const [y, m] = d.split('-').map(Number);
  return y * 12 + (m || 1) - 1;
};
export const monthDate = (i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Filters holds the relations switched off and the as-of date ('' for today). */
export class Filters {
  constructor(hidden = [], asOf = '') {
    this.hidden = new Set(hidden);
    this.asOf = asOf;
  }

  /** fromQuery reads ?hide= and ?asof=; unknown relations and malformed dates are ignored. */
  static fromQuery(search) {
    const q = new URLSearchParams(search);
    const known = new Set(TOGGLES.map((t) => t.rel));
    const hidden = (q.get('hide') || '').split(',').map((s) => s.trim().toUpperCase()).filter((r) => known.has(r));
    const asOf = q.get('asof') || '';
    return new Filters(hidden, DATE.test(asOf) ? asOf : '');
  }

  /** writeQuery puts the filters into q (a URLSearchParams), removing what is off. */
  writeQuery(q) {
    const hide = TOGGLES.filter((t) => this.hidden.has(t.rel)).map((t) => t.rel.toLowerCase());
    if (hide.length) q.set('hide', hide.join(','));
    else q.delete('hide');
    if (this.asOf) q.set('asof', this.asOf);
    else q.delete('asof');
  }

  get active() {
    return this.hidden.size > 0 || this.asOf !== '';
  }

  relationOn(rel) {
    return !this.hidden.has(TOGGLE_OF[rel] ?? rel);
  }

  /** edgeOk says whether a link (GraphEdge or RelationEdge) passes the filters. */
  edgeOk(e) {
    return this.relationOn(e.relation) && inForce(e, this.asOf);
  }

  /** describe says in words what is filtered ("as of Jun 2023; partner of hidden"). */
  describe() {
    const parts = [];
    if (this.asOf) parts.push(`as of ${fmtDate(this.asOf)}`);
    const off = TOGGLES.filter((t) => this.hidden.has(t.rel)).map((t) => t.label);
    if (off.length) parts.push(`${off.join(', ')} hidden`);
    return parts.join('; ');
  }
}

/**
 * filterBar draws the relation toggles and the as-of slider into el and
 * calls onChange after each change. Its setSpan(dates) sets the slider's
 * range from the dates of what is drawn (the end is always this month).
 */
export function filterBar(el, filters, onChange) {
  const now = new Date();
  const thisMonth = now.getFullYear() * 12 + now.getMonth();
  let lo = thisMonth - 12;
  const chips = TOGGLES.map((t) => {
    const box = h('input', { type: 'checkbox', value: t.rel, checked: filters.relationOn(t.rel) });
    box.addEventListener('change', () => {
      if (box.checked) filters.hidden.delete(t.rel);
      else filters.hidden.add(t.rel);
      onChange();
    });
    return h('label', { class: 'chip', 'data-rel': t.rel, title: `Show "${t.label}" links` }, box,
      h('i', { class: 'swatch', style: `background:${t.color}` }), t.label);
  });
  const slider = h('input', { id: 'asof', type: 'range', step: 1, 'aria-label': 'As of date' });
  const label = h('output', { for: 'asof', class: 'asof-label' });
  const reset = h('button', { type: 'button', class: 'link', title: 'Show every date' }, 'today');
  const sync = () => {
    const hi = thisMonth + 1; // the last stop: no date filter
    const at = filters.asOf ? monthIndex(filters.asOf) : hi;
    slider.min = String(Math.min(lo, at));
    slider.max = String(hi);
    slider.value = String(at);
    label.value = filters.asOf ? `as of ${fmtDate(filters.asOf)}` : 'as of today';
    slider.setAttribute('aria-valuetext', label.value);
    reset.hidden = !filters.asOf;
    for (const c of chips) c.querySelector('input').checked = filters.relationOn(c.dataset.rel);
  };
  slider.addEventListener('input', () => {
    const v = Number(slider.value);
    filters.asOf = v > thisMonth ? '' : monthDate(v);
    sync();
    onChange();
  });
  reset.addEventListener('click', () => {
    filters.asOf = '';
    sync();
    onChange();
  });
  el.replaceChildren(
    h('div', { class: 'chips', role: 'group', 'aria-label': 'Relations shown' }, chips),
    h('div', { class: 'time' }, slider, label, reset));
  sync();
  return {
    sync,
    setSpan(dates) {
      const months = dates.filter(Boolean).map(monthIndex);
      lo = months.length ? Math.floor(Math.min(...months) / 12) * 12 : thisMonth - 12;
      sync();
    },
  };
}
