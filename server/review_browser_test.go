package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

// TestReviewRoute checks what /review serves without a browser: the review
// page under the explorer's Content-Security-Policy, its own script, and no
// other host named anywhere in it.
func TestReviewRoute(t *testing.T) {
	h := server.New(newStore(t), server.Config{})
	get := func(target string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		return rec
	}
	page := get("/review")
	if page.Code != 200 {
		t.Fatalf("GET /review = %d, want 200", page.Code)
	}
	body := page.Body.String()
	for _, want := range []string{`<ol id="list"`, `<section class="article" id="article"`, `<input id="token" type="password"`} {
		if !strings.Contains(body, want) {
			t.Errorf("/review lacks %s", want)
		}
	}
	if strings.Contains(body, "http://") || strings.Contains(body, "https://") {
		t.Errorf("/review names another host:\n%s", body)
	}
	csp := page.Header().Get("Content-Security-Policy")
	if index := get("/").Header().Get("Content-Security-Policy"); csp != index || !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("/review's CSP is %q, want the explorer's %q", csp, index)
	}
	scripts := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindAllStringSubmatch(body, -1)
	if len(scripts) != 1 || !strings.HasPrefix(scripts[0][1], "/assets/review-") {
		t.Fatalf("/review's scripts are %v, want its one review-*.js", scripts)
	}
	js := get(scripts[0][1])
	if js.Code != 200 || !strings.Contains(js.Body.String(), "sessionStorage") || strings.Contains(js.Body.String(), "localStorage") {
		t.Errorf("%s: %d, want 200 and a script that keeps the token in sessionStorage, never localStorage", scripts[0][1], js.Code)
	}
	if strings.Contains(js.Body.String(), "cytoscape") {
		t.Errorf("%s bundles Cytoscape, which the review page does not use", scripts[0][1])
	}
	for target, want := range map[string]int{"/review/": 404, "/review/x": 404} {
		if got := get(target).Code; got != want {
			t.Errorf("GET %s = %d, want %d", target, got, want)
		}
	}
}

// The review test's tokens, as a --tokens file gives them: id, role, token.
const (
	rbCuratorToken = "curator-secret-0123456789"
	rbReaderToken  = "reader-secret-0123456789"
)

// rbArticle is the article the test ingests: the extractor finds three
// facts in it, one per sentence (Upstage member of K-AI Alliance, the
// alliance led by SK Telecom, KT partner of Microsoft).
const rbArticle = `title: Two firms join the K-AI Alliance

SEOUL — Upstage joined the K-AI Alliance in March 2025, the alliance said on Monday.

The alliance is led by SK Telecom, which chairs its steering group.

Separately, KT signed a partnership with Microsoft to build AI data centres in Korea.
`

const rbURL = "https://news.example/2025/telco-ai"

// rbSecond is a second article, ingested after the first, so its
// candidates come after the first's in the queue.
const (
	rbSecondURL = "https://news.example/2025/nokia-docomo"
	rbSecond    = `title: Nokia and NTT Docomo team up on AI networks

Nokia signed a partnership with NTT Docomo to build AI-native networks, the companies said.
`
)

// rbCall posts a GraphQL document with a bearer token to base and
// decodes its data into T; any error fails t.
func rbCall[T any](t *testing.T, base, token, query string, vars map[string]any) T {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var out struct {
		Data   T
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(raw, &out); err != nil || len(out.Errors) > 0 || res.StatusCode != 200 {
		t.Fatalf("%s: HTTP %d, %v: %s", query, res.StatusCode, err, raw)
	}
	return out.Data
}

type rbCandidate struct {
	ID, State, Relation string
	Since, Reason       *string
	ReviewedBy          *string
	Subject, Object     struct{ Name string }
	Article             struct{ URL string }
	Evidence            []string
}

const rbCandidateFields = `id state relation since reason reviewedBy subject { name } object { name } evidence article { url }`

// TestBrowserReview drives /review the way a curator does: enter the token,
// see the queue and the article with its evidence marked, accept the first
// candidate with a, reject the second with r, edit and accept the third
// with e, and checks each decision through the API.
func TestBrowserReview(t *testing.T) {
	b, base := newReviewBrowser(t)
	ingested := rbCall[struct {
		IngestArticle struct{ Candidates int }
	}](t, base, rbCuratorToken, `mutation($url: String!, $text: String!) { ingestArticle(url: $url, text: $text, date: "2025-03-10") { candidates } }`,
		map[string]any{"url": rbURL, "text": rbArticle})
	if ingested.IngestArticle.Candidates != 3 {
		t.Fatalf("ingestArticle queued %d candidates, want 3", ingested.IngestArticle.Candidates)
	}
	second := rbCall[struct {
		IngestArticle struct{ Candidates int }
	}](t, base, rbCuratorToken, `mutation($url: String!, $text: String!) { ingestArticle(url: $url, text: $text, date: "2025-04-01") { candidates } }`,
		map[string]any{"url": rbSecondURL, "text": rbSecond})
	if second.IngestArticle.Candidates < 1 {
		t.Fatalf("ingestArticle queued %d candidates from the second article, want 1 or more", second.IngestArticle.Candidates)
	}
	pending := func() []rbCandidate {
		page := rbCall[struct {
			Candidates struct {
				Edges []struct{ Node rbCandidate }
			}
		}](t, base, rbReaderToken, `{ candidates(state: PENDING, first: 100) { edges { node { `+rbCandidateFields+` } } } }`, nil)
		var out []rbCandidate
		for _, e := range page.Candidates.Edges {
			out = append(out, e.Node)
		}
		return out
	}
	queue := pending()
	var ids, urls []string
	for _, c := range queue {
		ids = append(ids, c.ID)
		urls = append(urls, c.Article.URL)
	}
	if want := []string{rbURL, rbURL, rbURL, rbSecondURL}; len(urls) < 4 || !slices.Equal(want, urls[:4]) {
		t.Fatalf("the queue's articles are %v, want the first article's three candidates, then the second's", urls)
	}
	state := `[...document.querySelectorAll('#list li.cand')].map(li => li.dataset.id + ' ' + li.dataset.state + (li.getAttribute('aria-selected') === 'true' ? ' *' : ''))`
	idle := `document.querySelector('#list')?.dataset.ready === 'true' && !document.body.dataset.busy`
	showAll := `(() => { const s = document.querySelector('#state'); s.value = ''; s.dispatchEvent(new Event('change')); })()`

	t.Run("a wrong token gets a clear 401 message and is not kept", func(t *testing.T) {
		b.do(t, "open /review", chromedp.Navigate(base+"/review"), chromedp.WaitVisible(chromedp.CSS("#token")))
		b.do(t, "enter a wrong token", chromedp.SendKeys(chromedp.CSS("#token"), "not-a-token\r"))
		b.wait(t, "the 401 message", `!document.querySelector('#message').hidden && !document.querySelector('#signin').hidden`)
		msg := eval[string](t, b, `document.querySelector('#message').innerText`)
		if !strings.Contains(msg, "401") || !strings.Contains(msg, "token") {
			t.Errorf("after a wrong token the page says %q, want a 401 message about the token", msg)
		}
		if kept := eval[int](t, b, `sessionStorage.length + localStorage.length`); kept != 0 {
			t.Errorf("a refused token is kept: %d storage entries", kept)
		}
		b.forgive("HTTP 401: " + base + "/graphql")
		b.clean(t)
	})

	t.Run("the curator's token shows the queue and the article with the evidence marked", func(t *testing.T) {
		b.do(t, "enter the curator token", chromedp.SendKeys(chromedp.CSS("#token"), rbCuratorToken+"\r"))
		b.wait(t, "the queue", idle+` && document.querySelectorAll('#list li.cand').length > 0`)
		b.wait(t, "the article", `!!document.querySelector('#article mark.evidence.current')`)
		got := eval[map[string]string](t, b, `({
			viewer: document.querySelector('#viewer').innerText,
			session: sessionStorage.getItem('telcograph:review-token') ?? '',
			local: String(localStorage.length),
			address: location.href,
			help: document.querySelector('#help').innerText.replace(/\s+/g, ' ').trim() })`)
		want := map[string]string{
			"viewer": "Signed in as curator (curator)", "session": rbCuratorToken, "local": "0", "address": base + "/review",
			"help": "j/k move · a accept · r reject (reason, then Enter) · e edit, then accept · Esc cancel",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("who, where the token is kept, the help line (-want +got):\n%s", diff)
		}
		var wantList []string
		for i, id := range ids {
			wantList = append(wantList, id+" PENDING"+map[bool]string{true: " *"}[i == 0])
		}
		if diff := cmp.Diff(wantList, eval[[]string](t, b, state)); diff != "" {
			t.Errorf("the queue differs from candidates(state: PENDING) (-want +got):\n%s", diff)
		}
		// Every candidate's evidence is marked in the article, the selected one outlined.
		marks := eval[map[string][]string](t, b, `(() => { const out = {};
			for (const m of document.querySelectorAll('#article .art-text mark.evidence'))
				for (const id of m.dataset.ids.split(' ')) (out[id] ??= []).push(m.textContent);
			out.current = [...document.querySelectorAll('#article mark.current')].flatMap(m => m.dataset.ids.split(' '));
			return out; })()`)
		for _, c := range queue[:3] {
			if diff := cmp.Diff(c.Evidence, marks[c.ID]); diff != "" {
				t.Errorf("%s's evidence marked in the article (-want +got):\n%s", c.ID, diff)
			}
		}
		if diff := cmp.Diff([]string{ids[0]}, marks["current"]); diff != "" {
			t.Errorf("outlined marks (-want +got):\n%s", diff)
		}
		item := eval[string](t, b, `document.querySelector('#list li.cand').innerText`)
		for _, want := range []string{"PENDING", queue[0].Subject.Name, queue[0].Object.Name, "Accept", "Reject", "Edit"} {
			if !strings.Contains(item, want) {
				t.Errorf("the first candidate's entry lacks %q:\n%s", want, item)
			}
		}
		b.screenshot(t, "review-1-queue.png")
		b.clean(t)
	})

	t.Run("a accepts the first, r rejects the second with a reason, e edits and accepts the third", func(t *testing.T) {
		b.do(t, "press a", chromedp.KeyEvent("a"))
		b.wait(t, "the first accepted, the second selected", idle+fmt.Sprintf(` && document.querySelector('#list li.cand[data-id=%q]').dataset.state === 'ACCEPTED'
			&& document.querySelector('#list li.cand[aria-selected="true"]').dataset.id === %q`, ids[0], ids[1]))
		b.do(t, "press r", chromedp.KeyEvent("r"))
		b.wait(t, "the reason field", `document.activeElement?.name === 'reason'`)
		b.do(t, "give a reason", chromedp.KeyEvent("not what the article says\r"))
		b.wait(t, "the second rejected", idle+fmt.Sprintf(` && document.querySelector('#list li.cand[data-id=%q]').dataset.state === 'REJECTED'`, ids[1]))
		selected := `document.querySelector('#list li.cand[aria-selected="true"]').dataset.id === %q`
		b.wait(t, "the third selected", idle+" && "+fmt.Sprintf(selected, ids[2]))
		// The README's screenshot: one accepted, one rejected, the next one pending and selected.
		png := b.screenshot(t, "review-2-rejected.png")
		if *updateScreenshot {
			if err := os.WriteFile(filepath.Join("..", "docs", "img", "review.png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		b.do(t, "press k", chromedp.KeyEvent("k"))
		b.wait(t, "the second selected", idle+" && "+fmt.Sprintf(selected, ids[1]))
		b.do(t, "press j", chromedp.KeyEvent("j"))
		b.wait(t, "the third selected again", idle+" && "+fmt.Sprintf(selected, ids[2]))
		b.do(t, "press r", chromedp.KeyEvent("r"))
		b.wait(t, "the reason field", `document.activeElement?.name === 'reason'`)
		b.do(t, "press Esc", chromedp.KeyEvent(kb.Escape))
		b.wait(t, "the form closed, nothing decided", fmt.Sprintf(`!document.querySelector('.reject-form') && document.querySelector('#list li.cand[data-id=%q]').dataset.state === 'PENDING'`, ids[2]))
		b.do(t, "press e", chromedp.KeyEvent("e"))
		b.wait(t, "the edit form", `document.activeElement?.name === 'relation'`)
		b.do(t, "set since", chromedp.SetValue(chromedp.CSS(`.edit-form input[name="since"]`), "2024-11"),
			chromedp.Click(chromedp.CSS(`.edit-form button[type="submit"]`)))
		b.wait(t, "the third accepted", idle+fmt.Sprintf(` && document.querySelector('#list li.cand[data-id=%q]').dataset.state === 'ACCEPTED'`, ids[2]))
		// The next pending candidate is the second article's: its text replaces the first's.
		b.wait(t, "the second article", idle+" && "+fmt.Sprintf(selected, ids[3])+fmt.Sprintf(` && document.querySelector('#article .art-head a').href === %q
			&& document.querySelector('#article mark.current').dataset.ids.split(' ').includes(%q)`, rbSecondURL, ids[3]))
		b.screenshot(t, "review-3-second-article.png")
		b.do(t, "press k", chromedp.KeyEvent("k"))
		b.wait(t, "the first article again", idle+" && "+fmt.Sprintf(selected, ids[2])+fmt.Sprintf(` && document.querySelector('#article .art-head a').href === %q`, rbURL))
		b.screenshot(t, "review-4-decided.png")
		shown := eval[map[string]string](t, b, fmt.Sprintf(`({ count: document.querySelector('#count').innerText,
			first: document.querySelector('#list li.cand[data-id=%q] .reviewed').innerText.replace(/ · .* UTC/, ''),
			second: document.querySelector('#list li.cand[data-id=%q] .reviewed').innerText.replace(/ · .* UTC/, '') })`, ids[0], ids[1]))
		wantShown := map[string]string{"count": fmt.Sprintf("%d of %d pending · 3 decided", len(ids), len(ids)),
			"first": "accepted by curator", "second": "rejected by curator · “not what the article says”"}
		if diff := cmp.Diff(wantShown, shown); diff != "" {
			t.Errorf("the queue after the decisions (-want +got):\n%s", diff)
		}
		// Each decision shows in the article's marks.
		marked := eval[map[string]string](t, b, `Object.fromEntries([...document.querySelectorAll('#article .art-text mark.evidence')]
			.flatMap(m => m.dataset.ids.split(' ').map(id => [id, m.className.replace(' current', '')])))`)
		for i, want := range []string{"evidence accepted", "evidence rejected", "evidence accepted"} {
			if marked[ids[i]] != want {
				t.Errorf("candidate %d's evidence is marked %q, want %q", i, marked[ids[i]], want)
			}
		}

		got := map[string]rbCandidate{}
		for _, id := range ids[:3] {
			got[id] = rbCall[struct{ Candidate rbCandidate }](t, base, rbReaderToken,
				`query($id: ID!) { candidate(id: $id) { `+rbCandidateFields+` } }`, map[string]any{"id": id}).Candidate
		}
		str := func(s string) *string { return &s }
		wantStates := []string{"ACCEPTED", "REJECTED", "ACCEPTED"}
		for i, id := range ids[:3] {
			c := got[id]
			if c.State != wantStates[i] || c.ReviewedBy == nil || *c.ReviewedBy != "curator" {
				t.Errorf("candidate %d (%s): state %s reviewed by %v, want %s by curator", i, id, c.State, c.ReviewedBy, wantStates[i])
			}
		}
		if diff := cmp.Diff(str("not what the article says"), got[ids[1]].Reason); diff != "" {
			t.Errorf("the rejection's reason (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(str("2024-11"), got[ids[2]].Since); diff != "" {
			t.Errorf("the edited candidate's since (-want +got):\n%s", diff)
		}
		b.clean(t)
	})

	t.Run("a reader sees the queue without the buttons", func(t *testing.T) {
		b.do(t, "forget the token", chromedp.Click(chromedp.CSS("#sign-out")))
		b.wait(t, "the sign-in form", `!document.querySelector('#signin').hidden && sessionStorage.length === 0`)
		b.do(t, "enter the reader token", chromedp.SendKeys(chromedp.CSS("#token"), rbReaderToken+"\r"))
		b.wait(t, "the queue", idle+` && document.querySelector('#viewer').innerText.includes('reader')`)
		b.do(t, "show all", chromedp.Evaluate[chromedp.Void](showAll))
		b.wait(t, "every candidate", idle+fmt.Sprintf(` && document.querySelectorAll('#list li.cand').length === %d`, len(ids)))
		var wantStates []string
		for i, id := range ids {
			wantStates = append(wantStates, id+" "+map[int]string{0: "ACCEPTED", 1: "REJECTED", 2: "ACCEPTED"}[i]+map[bool]string{true: " *"}[i == 0])
			if i > 2 {
				wantStates[i] = id + " PENDING"
			}
		}
		if diff := cmp.Diff(wantStates, eval[[]string](t, b, state)); diff != "" {
			t.Errorf("all candidates, as a reader sees them (-want +got):\n%s", diff)
		}
		// A click on a sentence in the article selects its candidate.
		b.do(t, "click the second's evidence", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#article mark[data-ids~=%q]`, ids[1]))))
		b.wait(t, "the second selected", idle+fmt.Sprintf(` && document.querySelector('#list li.cand[aria-selected="true"]').dataset.id === %q
			&& document.querySelector('#article mark.current').dataset.ids.split(' ').includes(%q)`, ids[1], ids[1]))
		got := eval[map[string]string](t, b, `({
			viewer: document.querySelector('#viewer').innerText,
			message: document.querySelector('#message').innerText,
			buttons: String(document.querySelectorAll('#list button[data-act]').length) })`)
		want := map[string]string{"viewer": "Signed in as reader (reader)", "buttons": "0",
			"message": "The role reader may read the queue; accepting and rejecting need a curator or admin token."}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("the reader's page (-want +got):\n%s", diff)
		}
		b.clean(t)
	})

	t.Run("375 pixels wide nothing is cut off", func(t *testing.T) {
		b.do(t, "narrow the window", chromedp.EmulateViewport(375, 812), chromedp.Reload())
		b.wait(t, "signed in again from the tab's token", idle+` && document.querySelector('#viewer').innerText.includes('reader')`)
		b.do(t, "show all", chromedp.Evaluate[chromedp.Void](showAll))
		b.wait(t, "the queue", idle+` && document.querySelectorAll('#list li.cand').length > 0 && !!document.querySelector('#article mark.current')`)
		cut := eval[[]string](t, b, `(() => {
			const w = document.documentElement.clientWidth, out = [];
			if (document.documentElement.scrollWidth > w) out.push('page is ' + document.documentElement.scrollWidth + 'px wide');
			for (const el of document.querySelectorAll('header *, .tools *, .help, .cand, .cand *, .art-head *, .art-text')) {
				if (!el.checkVisibility()) continue;
				const r = el.getBoundingClientRect();
				if (r.width > 0 && (r.left < -0.5 || r.right > w + 0.5)) out.push((el.id || el.className || el.tagName) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
			}
			return out; })()`)
		if len(cut) > 0 {
			t.Errorf("cut off at 375 px: %v", cut)
		}
		b.screenshot(t, "review-5-375.png")
		b.do(t, "reset the window", chromedp.EmulateReset())
		b.clean(t)
	})
}

// newReviewBrowser starts the server over the test store with a tokens file
// (a curator and a reader) on 127.0.0.1, and a headless Chromium that can
// reach nothing else, as newBrowser does.
func newReviewBrowser(t *testing.T) (*browser, string) {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(chromium + " is missing: CI runs the browser tests (make deps installs chromium)")
		}
		t.Skip("!!! SKIPPING THE BROWSER TESTS: " + chromium + " is missing; install it with `apt-get install -y chromium` !!!")
	}
	tokens := filepath.Join(t.TempDir(), "tokens")
	if err := os.WriteFile(tokens, []byte("# id role token\ncurator curator "+rbCuratorToken+"\nreader reader "+rbReaderToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := rbConfig(t, tokens)
	srv := httptest.NewServer(server.New(newStore(t), cfg))
	t.Cleanup(srv.Close)
	if u, _ := url.Parse(srv.URL); u.Hostname() != "127.0.0.1" {
		t.Fatalf("test server listens on %s, want 127.0.0.1", srv.URL)
	}
	opts := browserOptions(t, chromium)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	b := &browser{base: srv.URL, urls: map[network.RequestID]string{}}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTimeout)
	b.ctx = ctx
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return b, srv.URL
}

// forgive drops the recorded problems that are exactly p: an answer the
// test asked for, such as a 401 to a wrong token.
func (b *browser) forgive(p string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	kept := b.problems[:0]
	for _, q := range b.problems {
		if q != p {
			kept = append(kept, q)
		}
	}
	b.problems = kept
}

// rbConfig is the server's configuration from the tokens file, read as
// `serve --tokens FILE` reads it.
func rbConfig(t *testing.T, path string) server.Config {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tokens, err := server.ReadTokens(path, raw)
	if err != nil {
		t.Fatalf("tokens file: %v", err)
	}
	return server.Config{Tokens: tokens}
}
