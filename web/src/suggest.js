// A search box with suggestions from the `search` query: typing asks the
// server (debounced, stale answers dropped), arrows move, Enter or a click
// picks.
import { gql, SEARCH } from './api.js';
import { TYPES } from './graph.js';
import { h } from './dom.js';

const REASONS = {
  EXACT: '', ALIAS: 'alias', ACRONYM: 'acronym', PREFIX: '', TYPO: 'spelling', WORDS: '', WORD_PREFIX: '', FUZZY: 'spelling',
};

/**
 * attachSuggest wires input and list; onPick receives the chosen entity
 * ({slug, name, type}). It returns a setter that puts an entity in the box.
 */
export function attachSuggest(input, list, onPick, onError) {
  let items = [];
  let active = -1;
  let timer = 0;
  let ctrl = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    list.replaceChildren(
      ...items.map((it, i) => {
        const t = TYPES[it.node.type];
        const why = REASONS[it.reason] ? `${REASONS[it.reason]}: ${it.matched}` : '';
        const li = h('li', { role: 'option', class: i === active ? 'active' : '', 'data-slug': it.node.slug },
          h('i', { class: `shape ${t ? it.node.type.toLowerCase().replace('joint_venture', 'jv') : ''}` }),
          h('span', { class: 'name' }, it.node.name),
          h('span', { class: 'kind' }, why || t?.label || it.node.type));
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    if (items.length === 0 && input.value.trim()) list.replaceChildren(h('li', { class: 'none' }, 'No match'));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  const pick = (i) => {
    const it = items[i];
    if (!it) return;
    input.value = it.node.name;
    input.dataset.slug = it.node.slug;
    close();
    onPick(it.node);
  };

  const ask = async () => {
    const text = input.value.trim();
    ctrl?.abort();
    if (!text) {
      items = [];
      close();
      return;
    }
    ctrl = new AbortController();
    try {
      const data = await gql(SEARCH, { text }, ctrl.signal);
      items = data.search.edges;
      active = items.length ? 0 : -1;
      render();
    } catch (err) {
      if (err.name !== 'AbortError') onError(err);
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.slug;
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!items.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
    } else if (ev.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        ev.preventDefault();
        pick(active);
      }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (items.length && input.value.trim() && !input.dataset.slug) render();
  });

  return (node) => {
    input.value = node.name;
    input.dataset.slug = node.slug;
  };
}
