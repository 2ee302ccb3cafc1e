// The candidate list of the review page: one item per candidate, and the
// reject and edit forms that open inside the selected item.
import { h } from './dom.js';
import { fmtDate } from './dates.js';
import { RELATIONS } from './relations.js';

/** argument writes a candidate's subject or object: its name, and its slug or "new". */
function argument(a) {
  return h('span', { class: 'arg' },
    h('span', { class: 'name' }, a.name),
    a.slug ? h('code', { class: 'slug', title: 'matched entity' }, a.slug) : h('span', { class: 'new', title: 'no entity of this name yet' }, 'new'));
}

/** when writes an RFC 3339 time as "3 Dec 2026 09:37 UTC". */
function when(t) {
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) return t;
  const iso = d.toISOString();
  return `${fmtDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

function reviewed(c) {
  if (c.state === 'PENDING') return null;
  const who = c.machineAccepted ? 'auto-accepted' : `${c.state === 'ACCEPTED' ? 'accepted' : 'rejected'} by ${c.reviewedBy ?? 'someone'}`;
  return h('p', { class: 'reviewed' }, who, c.reviewedAt ? h('time', { datetime: c.reviewedAt }, ` · ${when(c.reviewedAt)}`) : '', c.reason ? h('span', { class: 'reason' }, ` · “${c.reason}”`) : null);
}

/** qualifiers writes since, until and role, when the candidate has them. */
function qualifiers(c) {
  const q = [];
  if (c.since) q.push(`since ${fmtDate(c.since)}`);
  if (c.until) q.push(`until ${fmtDate(c.until)}`);
  if (c.role) q.push(`role ${c.role}`);
  return q.length ? h('p', { class: 'quals' }, q.join(' · ')) : null;
}

/**
 * item is the list entry of candidate c. canAct says whether the viewer's
 * role may accept and reject; the buttons carry data-act for the page.
 */
export function item(c, selected, canAct) {
  const pending = c.state === 'PENDING';
  return h('li', {
    class: `cand ${c.state.toLowerCase()}`, role: 'option', id: `cand-${c.id}`,
    'data-id': c.id, 'data-state': c.state, 'aria-selected': selected ? 'true' : 'false',
  },
  h('p', { class: 'top' },
    h('span', { class: `state ${c.state.toLowerCase()}` }, c.state.toLowerCase()),
    h('span', { class: 'conf', title: 'confidence' }, c.confidence.toFixed(2)),
    h('span', { class: 'relname' }, RELATIONS[c.relation] ?? c.relation),
    h('span', { class: 'rule', title: 'rule family' }, c.ruleFamily)),
  h('p', { class: 'fact' }, argument(c.subject), h('span', { class: 'arrow' }, ' → '), argument(c.object)),
  qualifiers(c),
  h('blockquote', { class: 'evidence' }, c.evidence.join(' … ')),
  h('p', { class: 'art' }, c.article.title || c.article.url, c.article.date ? ` · ${fmtDate(c.article.date)}` : ''),
  reviewed(c),
  pending && canAct
    ? h('p', { class: 'acts' },
      h('button', { type: 'button', 'data-act': 'accept', title: 'Accept (a)' }, 'Accept'),
      h('button', { type: 'button', 'data-act': 'reject', title: 'Reject (r)' }, 'Reject'),
      h('button', { type: 'button', 'data-act': 'edit', title: 'Edit, then accept (e)' }, 'Edit'))
    : null);
}

/** rejectForm asks for an optional reason; Enter rejects, Esc cancels. */
export function rejectForm(onReject, onCancel) {
  const reason = h('input', { type: 'text', name: 'reason', placeholder: 'reason (optional)', 'aria-label': 'Reason for rejecting', autocomplete: 'off' });
  const f = h('form', { class: 'act-form reject-form' },
    reason,
    h('button', { type: 'submit', class: 'danger' }, 'Reject'),
    h('button', { type: 'button', 'data-act': 'cancel' }, 'Cancel'));
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    onReject(reason.value.trim());
  });
  f.querySelector('[data-act="cancel"]').addEventListener('click', onCancel);
  return { form: f, focus: reason };
}

/**
 * editForm lets a reviewer correct the relation, an argument (a slug of an
 * existing entity or a new name) or a qualifier before accepting. onAccept
 * gets a CandidateEdit holding only the fields that changed.
 */
export function editForm(c, onAccept, onCancel) {
  const rel = h('select', { name: 'relation', 'aria-label': 'Relation' },
    Object.entries(RELATIONS).map(([k, label]) => h('option', { value: k, selected: k === c.relation }, `${label} (${k})`)));
  const field = (name, label, value, hint) => h('label', { class: 'field' }, h('span', {}, label),
    h('input', { type: 'text', name, value: value ?? '', placeholder: hint, autocomplete: 'off', spellcheck: 'false' }));
  const f = h('form', { class: 'act-form edit-form' },
    h('label', { class: 'field' }, h('span', {}, 'relation'), rel),
    field('subject', 'subject', c.subject.slug ?? c.subject.name, 'slug or new name'),
    field('object', 'object', c.object.slug ?? c.object.name, 'slug or new name'),
    field('since', 'since', c.since, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    field('until', 'until', c.until, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    field('role', 'role', c.role, ''),
    h('p', { class: 'acts' },
      h('button', { type: 'submit', class: 'primary' }, 'Accept with edits'),
      h('button', { type: 'button', 'data-act': 'cancel' }, 'Cancel')));
  const before = {
    relation: c.relation, subject: c.subject.slug ?? c.subject.name, object: c.object.slug ?? c.object.name,
    since: c.since ?? '', until: c.until ?? '', role: c.role ?? '',
  };
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const edit = {};
    for (const k of Object.keys(before)) {
      const v = f.elements[k].value.trim();
      if (v !== before[k] && v !== '') edit[k] = v;
    }
    onAccept(Object.keys(edit).length ? edit : null);
  });
  f.querySelector('[data-act="cancel"]').addEventListener('click', onCancel);
  return { form: f, focus: rel };
}
