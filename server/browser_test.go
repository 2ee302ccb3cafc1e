package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "rewrite docs/explorer.png from the browser test")

// chromium is where Debian's package puts the browser
// (apt-get install -y chromium).
const chromium = "/usr/bin/chromium"

// The membership of Lablup in the K-AI Alliance, as the article states it.
const lablupEvidence = "At this year’s Unite event, the alliance welcomed two new Korean members – GPU and AI computing platform operator Lablup and media-specialized AI firm XL8, raising the number of its member companies to 18."

// browser is the real server on 127.0.0.1 and a headless Chromium that can
// reach nothing else; it records every console error, failed request and
// request that leaves 127.0.0.1.
type browser struct {
	ctx  context.Context
	base string

	mu       sync.Mutex
	urls     map[network.RequestID]string
	problems []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("!!! SKIPPING THE BROWSER TESTS: " + chromium + " is missing; install it with `apt-get install -y chromium` !!!")
	}
	srv := httptest.NewServer(server.New(newStore(t), server.Config{}))
	t.Cleanup(srv.Close)
	if u, _ := url.Parse(srv.URL); u.Hostname() != "127.0.0.1" {
		t.Fatalf("test server listens on %s, want 127.0.0.1", srv.URL)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-proxy-server", true),
		// Any host name resolves to nothing, so a request that leaves
		// 127.0.0.1 fails, and the listener below reports it.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	)
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
	return b
}

// listen runs in the tab's event loop: it only records.
func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			b.problems = append(b.problems, "console."+string(ev.Type)+": "+strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		b.problems = append(b.problems, "uncaught exception: "+msg)
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			b.problems = append(b.problems, "browser log: "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	case *network.EventRequestWillBeSent:
		b.urls[ev.RequestID] = ev.Request.URL
		if u, err := url.Parse(ev.Request.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "ws" || u.Scheme == "wss") && u.Hostname() != "127.0.0.1" {
			b.problems = append(b.problems, "request leaves 127.0.0.1: "+ev.Request.URL)
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			b.problems = append(b.problems, fmt.Sprintf("HTTP %d: %s", ev.Response.Status, ev.Response.URL))
		}
	case *network.EventLoadingFailed:
		// A request the page aborted itself (a stale search) is not a failure.
		if !ev.Canceled {
			b.problems = append(b.problems, "request failed: "+ev.ErrorText+" "+b.urls[ev.RequestID])
		}
	}
}

// clean fails t with every problem recorded since the last call.
func (b *browser) clean(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Error(p)
	}
	b.problems = nil
}

func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.clean(t)
		t.Fatalf("%s: %v", what, err)
	}
}

// wait polls a JavaScript condition in the page.
func (b *browser) wait(t *testing.T, what, expr string) {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		b.clean(t)
		b.screenshot(t, "failed.png")
		t.Fatalf("waiting for %s (%s): %v", what, expr, err)
	}
}

func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// screenshot saves the viewport under the test's artifact directory (kept
// with go test -artifacts) and returns the PNG.
func (b *browser) screenshot(t *testing.T, name string) []byte {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(t.ArtifactDir(), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return png
}

// settled waits until the explorer's layout has stopped.
const settled = `window.telcograph && window.telcograph.graph.idle`

// pick types text into a suggestion box and clicks the suggestion for slug.
func (b *browser) pick(t *testing.T, input, list, text, slug string) {
	t.Helper()
	b.do(t, "type "+text, chromedp.SendKeys(chromedp.CSS(input), text))
	item := fmt.Sprintf(`%s li[data-slug=%q]`, list, slug)
	b.do(t, "suggestion "+slug, chromedp.WaitVisible(chromedp.CSS(item)), chromedp.Click(chromedp.CSS(item)))
}

func TestBrowser(t *testing.T) {
	b := newBrowser(t)

	t.Run("search Lablup shows K-AI Alliance and the evidence", func(t *testing.T) {
		b.do(t, "open explorer", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS("#search")))
		b.do(t, "type Lablup", chromedp.SendKeys(chromedp.CSS("#search"), "Lablup"),
			chromedp.WaitVisible(chromedp.CSS(`#search-list li[data-slug="lablup"]`)))
		b.screenshot(t, "1-suggestions.png")
		b.do(t, "pick Lablup", chromedp.Click(chromedp.CSS(`#search-list li[data-slug="lablup"]`)))
		b.wait(t, "K-AI Alliance on the graph", `window.telcograph.graph.names().includes("K-AI Alliance")`)
		b.wait(t, "Lablup's panel", `!!document.querySelector('#panel .entity-view[data-slug="lablup"]')`)
		b.wait(t, "layout", settled)
		panel := eval[string](t, b, `document.querySelector('#panel').innerText`)
		for _, want := range []string{"Lablup", "K-AI Alliance", "since Jul 2024", "KED Global", lablupEvidence} {
			if !strings.Contains(panel, want) {
				t.Errorf("side panel lacks %q; it reads:\n%s", want, panel)
			}
		}
		// The node is drawn inside the visible canvas.
		inView := eval[bool](t, b, `(() => { const n = telcograph.graph.cy.getElementById("k-ai-alliance");
			const p = n.renderedPosition(), c = document.querySelector("#cy");
			return p.x > 0 && p.y > 0 && p.x < c.clientWidth && p.y < c.clientHeight; })()`)
		if !inView {
			t.Error("K-AI Alliance is outside the visible graph")
		}
		b.screenshot(t, "2-lablup.png")
		b.clean(t)
	})

	t.Run("alliance view marks founders on a timeline", func(t *testing.T) {
		b.do(t, "open K-AI Alliance", chromedp.Click(chromedp.CSS(`#panel a.entity[data-slug="k-ai-alliance"]`)))
		b.wait(t, "the alliance's panel", `!!document.querySelector('#panel .entity-view[data-slug="k-ai-alliance"] .timeline')`)
		b.wait(t, "layout", settled)
		got := eval[map[string]int](t, b, `({
			rows: document.querySelectorAll('.timeline .tl-row').length,
			founders: document.querySelectorAll('.timeline .tl-row.founder').length })`)
		if diff := cmp.Diff(map[string]int{"rows": 9, "founders": 7}, got); diff != "" {
			t.Errorf("timeline rows (-want +got):\n%s", diff)
		}
		b.screenshot(t, "3-k-ai-alliance.png")
		b.do(t, "scroll to the timeline", chromedp.ScrollIntoView(chromedp.CSS("#panel .timeline")))
		b.screenshot(t, "3b-members-over-time.png")
		b.clean(t)
	})

	t.Run("path Lablup to Deutsche Telekom highlights 4 edges", func(t *testing.T) {
		b.do(t, "open explorer", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS("#path-from")))
		b.pick(t, "#path-from", "#from-list", "Lablup", "lablup")
		b.pick(t, "#path-to", "#to-list", "Deutsche Telekom", "deutsche-telekom")
		b.do(t, "find path", chromedp.Click(chromedp.CSS("#path-go")))
		b.wait(t, "the path panel", `!!document.querySelector('#panel .path-view')`)
		b.wait(t, "layout", settled)
		if n := eval[int](t, b, `telcograph.graph.pathEdges()`); n != 4 {
			t.Errorf("highlighted edges = %d, want 4", n)
		}
		panel := eval[string](t, b, `document.querySelector('#panel').innerText`)
		for _, want := range []string{"4 hops", "Lablup", "K-AI Alliance", "SK Telecom", "Global Telco AI Alliance", "Deutsche Telekom", "3 sources", "KED Global"} {
			if !strings.Contains(panel, want) {
				t.Errorf("path panel lacks %q; it reads:\n%s", want, panel)
			}
		}
		png := b.screenshot(t, "4-path.png")
		if *updateScreenshot {
			if err := os.WriteFile(filepath.Join("..", "docs", "explorer.png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		b.clean(t)
	})

	t.Run("GraphiQL runs the README query", func(t *testing.T) {
		if !strings.Contains(server.GraphiQLQuery, "query Members "+membersQuery) {
			t.Fatalf("GraphiQL's first example is not the README's query %s", membersQuery)
		}
		b.do(t, "open GraphiQL", chromedp.Navigate(b.base+"/graphiql"),
			chromedp.WaitVisible(chromedp.CSS(".graphiql-execute-button")))
		b.do(t, "run", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
		const result = `document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()`
		b.wait(t, "the answer", result+`.includes('"totalCount": 9')`)
		var got, want any
		if err := json.Unmarshal([]byte(eval[string](t, b, result)), &got); err != nil {
			t.Fatalf("GraphiQL shows no JSON: %v", err)
		}
		if err := json.Unmarshal(postQuery(t, b.base, membersQuery), &want); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("GraphiQL's answer differs from /graphql's (-want +got):\n%s", diff)
		}
		b.screenshot(t, "5-graphiql.png")
		b.clean(t)
	})

	t.Run("2,000 nodes stay usable", func(t *testing.T) {
		b.do(t, "open explorer", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS("#search")))
		// A synthetic power-law graph: 40 alliances, 1,960 companies, each in
		// one to three alliances.
		b.do(t, "draw 2,000 nodes", chromedp.Evaluate[chromedp.Void](`(() => {
			const nodes = [], edges = [];
			for (let i = 0; i < 40; i++) nodes.push({ slug: "a" + i, name: "Alliance " + i, type: "ALLIANCE" });
			for (let i = 0; i < 1960; i++) {
				nodes.push({ slug: "c" + i, name: "Company " + i, type: "COMPANY" });
				for (let k = 0; k <= i % 3; k++) {
					const a = Math.floor(40 * Math.pow(((i * 7919 + k * 104729) % 1000) / 1000, 2));
					edges.push({ relation: "MEMBER_OF", from: { slug: "c" + i }, to: { slug: "a" + a }, role: "MEMBER", sources: [] });
				}
			}
			telcograph.graph.add({ nodes, edges });
		})()`))
		b.wait(t, "layout", settled)
		if n := eval[int](t, b, `telcograph.graph.size`); n != 2000 {
			t.Errorf("drawn nodes = %d, want 2000", n)
		}
		t.Logf("fCoSE laid out 2,000 nodes in %d ms", eval[int](t, b, `telcograph.graph.lastLayoutMs`))
		// A click on a node still answers: its panel loads (the slug is
		// unknown to the server, so it says so).
		start := time.Now()
		b.do(t, "select a node", chromedp.Evaluate[chromedp.Void](`void telcograph.graph.cy.getElementById("a0").emit("tap")`))
		b.wait(t, "the panel", `document.querySelector('#panel').innerText.includes('a0')`)
		t.Logf("a tap answered in %v", time.Since(start).Round(time.Millisecond))
		b.screenshot(t, "6-2000-nodes.png")
		b.clean(t)
	})
}

// postQuery is /graphql's answer to query, as the browser would get it.
func postQuery(t *testing.T, base, query string) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
