// The review page, at /review: extracted facts waiting for a reviewer. The
// candidate list (filtered by state) beside the selected candidate's article,
// with every candidate's evidence sentence marked in the text. A curator or
// admin accepts (a), rejects (r) or edits then accepts (e); j and k move.
import './style.css';
import './review.css';
import { fmtDate } from './dates.js';
import { AuthError, rgql, token, setToken, VIEWER, CANDIDATES, ARTICLE, ACCEPT, REJECT } from './review-api.js';
import { item, rejectForm, editForm } from './review-list.js';
import { renderArticle, markCurrent } from './review-text.js';

const $ = (sel) => document.querySelector(sel);

const ui = {
  message: $('#message'),
  signin: $('#signin'),
  form: $('#signin-form'),
  tokenInput: $('#token'),
  main: $('#review'),
  viewer: $('#viewer'),
  signOut: $('#sign-out'),
  state: $('#state'),
  count: $('#count'),
  list: $('#list'),
  more: $('#more'),
  article: $('#article'),
  reload: $('#reload'),
  help: $('#help'),
};

const page = {
  viewer: null, // { id, role }
  items: [], // candidates in the list, in the server's order
  total: 0,
  after: null, // the cursor of the next page, null when there is none
  sel: -1,
  open: null, // { url, article, cands } of the article shown
  articles: new Map(), // url → { article, cands }
  form: null, // 'reject' | 'edit' while a form is open in the selected item
  busy: 0,
  load: 0, // counts list loads, so that a stale answer is dropped
};

const canAct = () => page.viewer && (page.viewer.role === 'curator' || page.viewer.role === 'admin');

function say(text, kind = 'error') {
  ui.message.textContent = text;
  ui.message.className = `message ${kind}`;
  ui.message.hidden = !text;
}

/** busy runs f with the page marked busy (data-busy, for tests and the cursor). */
async function busy(f) {
  page.busy++;
  document.body.dataset.busy = 'true';
  try {
    return await f();
  } catch (err) {
    fail(err);
    return undefined;
  } finally {
    if (--page.busy === 0) delete document.body.dataset.busy;
  }
}

/** fail explains an error: a 401 asks for a token again, a 403 names the role. */
function fail(err) {
  if (err instanceof AuthError && err.status === 401) {
    setToken('');
    showSignin(`The server did not accept the token (401 Unauthorized): ${err.message}. Enter a valid token.`);
    return;
  }
  if (err instanceof AuthError) {
    const role = page.viewer ? ` Your token "${page.viewer.id}" has the role ${page.viewer.role}.` : '';
    say(`Not allowed (403 Forbidden): ${err.message}.${role}`);
    return;
  }
  say(`Something went wrong: ${err.message}`);
}

function showSignin(msg) {
  page.viewer = null;
  ui.main.hidden = true;
  ui.signin.hidden = false;
  ui.signOut.hidden = true;
  ui.viewer.textContent = '';
  say(msg ?? '', 'error');
  ui.tokenInput.value = '';
  ui.tokenInput.focus();
}

/** signIn asks who the tab's token is, then loads the queue. */
async function signIn() {
  await busy(async () => {
    const { viewer } = await rgql(VIEWER);
    if (!viewer) throw new AuthError(401, 'the server does not know this token');
    page.viewer = viewer;
    ui.viewer.replaceChildren('Signed in as ', Object.assign(document.createElement('strong'), { textContent: viewer.id }),
      ` (${viewer.role})`);
    ui.viewer.dataset.role = viewer.role;
    ui.signin.hidden = true;
    ui.signOut.hidden = false;
    ui.main.hidden = false;
    say(canAct() ? '' : `The role ${viewer.role} may read the queue; accepting and rejecting need a curator or admin token.`, 'info');
    ui.help.hidden = !canAct();
    await loadList();
  });
}

/** loadList reads the first page of candidates in the chosen state. */
async function loadList() {
  page.load++;
  page.items = [];
  page.after = null;
  page.sel = -1;
  page.form = null;
  page.articles.clear();
  page.open = null;
  const load = page.load;
  await loadPage();
  if (load !== page.load) return;
  if (page.items.length) await select(0);
  else ui.article.replaceChildren(Object.assign(document.createElement('p'), {
    className: 'empty', textContent: 'No candidates in this state.' }));
}

async function loadPage() {
  const state = ui.state.value || null;
  const load = page.load;
  const { candidates } = await rgql(CANDIDATES, { state, after: page.after });
  if (load !== page.load) return; // the filter changed meanwhile: a newer load fills the list
  page.items.push(...candidates.edges.map((e) => e.node));
  page.total = candidates.totalCount;
  page.after = candidates.pageInfo.hasNextPage ? candidates.pageInfo.endCursor : null;
  renderList();
}

function renderList() {
  ui.list.replaceChildren(...page.items.map((c, i) => item(c, i === page.sel, canAct())));
  count();
  ui.list.dataset.ready = 'true';
  ui.more.hidden = !page.after;
}

/** count says how many candidates are listed, of how many, and how many were decided here. */
function count() {
  const label = ui.state.value ? ui.state.selectedOptions[0].textContent : 'in all';
  const decided = ui.state.value === 'PENDING' ? page.items.filter((c) => c.state !== 'PENDING').length : 0;
  ui.count.textContent = `${page.items.length} of ${page.total} ${label}${decided ? ` · ${decided} decided` : ''}`;
}

/** rerender replaces item i's entry, keeping the rest of the list. */
function rerender(i) {
  const li = item(page.items[i], i === page.sel, canAct());
  ui.list.children[i].replaceWith(li);
  return li;
}

/** select makes item i the current one and shows its article. */
async function select(i) {
  if (i < 0 || i >= page.items.length) return;
  const prev = page.sel;
  page.sel = i;
  page.form = null;
  if (prev >= 0 && prev < page.items.length) rerender(prev);
  const li = rerender(i);
  ui.list.setAttribute('aria-activedescendant', li.id);
  li.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  await showArticle(page.items[i]);
}

async function showArticle(c) {
  const url = c.article.url;
  if (page.open?.url !== url) {
    let a = page.articles.get(url);
    if (!a) {
      const data = await busy(() => rgql(ARTICLE, { id: c.id, url }));
      if (!data) return;
      a = { article: data.candidate.article, cands: data.candidates.edges.map((e) => e.node) };
      page.articles.set(url, a);
      if (page.items[page.sel] !== c) return; // another candidate was selected meanwhile
    }
    page.open = { url, ...a };
    renderArticle(ui.article, a.article, a.cands, fmtDate, (id) => {
      const j = page.items.findIndex((x) => x.id === id);
      if (j >= 0) select(j);
    });
  }
  if (page.items[page.sel] === c) markCurrent(ui.article, c.id);
}

/** settle puts a reviewed candidate in place, in the list and the article's marks. */
function settle(i, c) {
  page.items[i] = c;
  const a = page.articles.get(c.article.url);
  if (a) {
    const k = a.cands.findIndex((x) => x.id === c.id);
    if (k >= 0) a.cands[k] = { ...a.cands[k], state: c.state, evidence: c.evidence };
    if (page.open?.url === c.article.url) page.open = null; // redraw the marks with the new state
  }
  page.form = null;
  rerender(i);
  count();
}

/** next selects the first pending candidate after i, else stays on i. */
async function next(i) {
  const j = page.items.findIndex((c, k) => k > i && c.state === 'PENDING');
  await select(j >= 0 ? j : i);
}

async function accept(i, edit = null) {
  const c = page.items[i];
  if (!c || c.state !== 'PENDING' || !canAct()) return;
  const data = await busy(() => rgql(ACCEPT, { id: c.id, edit }));
  if (!data) return;
  settle(i, data.acceptCandidate);
  say(`Accepted: ${data.acceptCandidate.subject.name} → ${data.acceptCandidate.object.name}.`, 'info');
  await next(i);
}

async function reject(i, reason) {
  const c = page.items[i];
  if (!c || c.state !== 'PENDING' || !canAct()) return;
  const data = await busy(() => rgql(REJECT, { id: c.id, reason: reason || null }));
  if (!data) return;
  settle(i, data.rejectCandidate);
  say(`Rejected: ${c.subject.name} → ${c.object.name}.`, 'info');
  await next(i);
}

/** openForm opens the reject or edit form inside the selected item. */
function openForm(kind, byKey = false) {
  const i = page.sel;
  const c = page.items[i];
  if (!c || c.state !== 'PENDING' || !canAct()) return;
  const li = rerender(i);
  const cancel = () => {
    page.form = null;
    rerender(i);
    ui.list.focus();
  };
  const f = kind === 'reject'
    ? rejectForm((reason) => reject(i, reason), cancel)
    : editForm(c, (edit) => accept(i, edit), cancel);
  page.form = kind;
  li.append(f.form);
  // Opened by a key (r or e), the field takes the focus when that key is
  // released: its character, which may still be on its way, then cannot be
  // typed into the field.
  if (byKey) document.addEventListener('keyup', () => f.focus.focus(), { once: true });
  else setTimeout(() => f.focus.focus(), 0);
}

function act(kind, byKey = false) {
  if (kind === 'accept') accept(page.sel);
  else if (kind === 'reject' || kind === 'edit') openForm(kind, byKey);
}

ui.list.addEventListener('click', (ev) => {
  const li = ev.target.closest('li.cand');
  if (!li || ev.target.closest('form')) return;
  const i = page.items.findIndex((c) => c.id === li.dataset.id);
  const btn = ev.target.closest('button[data-act]');
  if (btn) {
    const run = () => act(btn.dataset.act);
    if (i !== page.sel) select(i).then(run);
    else run();
    return;
  }
  if (i !== page.sel) select(i);
});

document.addEventListener('keydown', (ev) => {
  if (ui.main.hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.target.closest('input, select, textarea')) {
    if (ev.key === 'Escape' && page.form) {
      ev.preventDefault();
      page.form = null;
      rerender(page.sel);
      ui.list.focus();
    }
    return;
  }
  if (page.busy) return;
  const keys = {
    j: () => select(page.sel + 1),
    ArrowDown: () => select(page.sel + 1),
    k: () => select(page.sel - 1),
    ArrowUp: () => select(page.sel - 1),
    a: () => act('accept'),
    r: () => act('reject', true),
    e: () => act('edit', true),
  };
  const f = keys[ev.key];
  if (!f) return;
  ev.preventDefault();
  f();
});

ui.form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const t = ui.tokenInput.value.trim();
  if (!t) return;
  setToken(t);
  ui.tokenInput.value = '';
  say('');
  signIn();
});

ui.signOut.addEventListener('click', () => {
  setToken('');
  showSignin('The token is forgotten. Enter one to review again.');
});

ui.state.addEventListener('change', () => page.viewer && busy(loadList));
ui.reload.addEventListener('click', () => page.viewer && busy(loadList));
ui.more.addEventListener('click', () => busy(loadPage));

if (token()) signIn();
else showSignin();
