package watch_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/watch"
)

// corpus is the development corpus the pages are made of.
const corpus = "../../testdata/corpus"

// fakeClock is a Clock whose Sleep moves time on at once.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2024, 7, 1, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return nil
}

// resource is what a test site serves at a path.
type resource struct {
	body         []byte
	contentType  string
	etag         string
	lastModified string
	slow         bool // answer nothing until the client gives up
	chunked      bool // send no Content-Length
}

// site is a web server on 127.0.0.1 whose resources a test sets, and
// which counts what it is asked and answers.
type site struct {
	srv   *httptest.Server
	clock *fakeClock
	done  chan struct{}

	mu        sync.Mutex
	res       map[string]resource
	hits      map[string]int // requests per path
	full      map[string]int // 200 answers per path
	condition map[string]int // 304 answers per path
	times     []time.Time    // the clock's time at each request
}

func newSite(t *testing.T, clock *fakeClock) *site {
	t.Helper()
	s := &site{clock: clock, done: make(chan struct{}), res: map[string]resource{},
		hits: map[string]int{}, full: map[string]int{}, condition: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	t.Cleanup(func() { close(s.done) }) // runs first: frees slow handlers
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	if s.clock != nil {
		s.times = append(s.times, s.clock.Now())
	}
	res, ok := s.res[r.URL.Path]
	s.mu.Unlock()
	switch {
	case !ok:
		http.NotFound(w, r)
		return
	case res.slow:
		select {
		case <-r.Context().Done():
		case <-s.done:
		}
		return
	case (res.etag != "" && r.Header.Get("If-None-Match") == res.etag) ||
		(res.lastModified != "" && r.Header.Get("If-Modified-Since") == res.lastModified):
		s.count(s.condition, r.URL.Path)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.count(s.full, r.URL.Path)
	if res.etag != "" {
		w.Header().Set("ETag", res.etag)
	}
	if res.lastModified != "" {
		w.Header().Set("Last-Modified", res.lastModified)
	}
	w.Header().Set("Content-Type", res.contentType)
	if !res.chunked {
		w.Header().Set("Content-Length", strconv.Itoa(len(res.body)))
	}
	for b := res.body; len(b) > 0; {
		n := min(len(b), 64<<10)
		if _, err := w.Write(b[:n]); err != nil {
			return // the client stopped reading
		}
		b = b[n:]
	}
}

func (s *site) count(m map[string]int, path string) {
	s.mu.Lock()
	m[path]++
	s.mu.Unlock()
}

func (s *site) set(path string, r resource) {
	s.mu.Lock()
	s.res[path] = r
	s.mu.Unlock()
}

func (s *site) url(path string) string { return s.srv.URL + path }

// counts returns a copy of one of the site's counters.
func (s *site) counts(m map[string]int) map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// story is a corpus article: its header lines and paragraphs.
type story struct {
	source, date, title string
	paras               []string
}

func readStory(t *testing.T, file string) story {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, "articles", file))
	if err != nil {
		t.Fatal(err)
	}
	head, body, _ := strings.Cut(string(data), "\n\n")
	var st story
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ": ")
		switch k {
		case "source":
			st.source = v
		case "date":
			st.date = v
		}
	}
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			st.paras = append(st.paras, p)
		}
	}
	st.title = st.paras[0]
	return st
}

// page is the story as a news site's HTML page, with the site's own
// navigation and footer around it, and its date in the page's metadata
// unless withDate is false.
func (st story) page(siteName string, withDate bool) resource {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s | %s</title>", html.EscapeString(st.title), siteName)
	if withDate {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, st.date)
	}
	fmt.Fprintf(&b, "</head><body><nav><p>%s home | news | about</p></nav><article>", siteName)
	for _, p := range st.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	fmt.Fprintf(&b, "</article><footer><p>(c) %s</p></footer></body></html>", siteName)
	return resource{body: []byte(b.String()), contentType: "text/html; charset=utf-8"}
}

// item is a feed item.
type item struct{ link, title, date string }

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func rss(items ...item) resource {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Telecom news</title>` +
		`<atom:link href="https://example.invalid/feed" rel="self"/>` + "\n")
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>\n", esc(it.title), esc(it.link), it.date)
	}
	b.WriteString("</channel></rss>\n")
	return resource{body: []byte(b.String()), contentType: "application/rss+xml"}
}

func atom(items ...item) resource {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n" +
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>Telecom news</title><id>urn:x</id>` + "\n")
	for _, it := range items {
		fmt.Fprintf(&b, `<entry><title>%s</title><link rel="self" href="/self"/><link href="%s" type="text/html"/><id>%s</id><published>%s</published></entry>`+"\n",
			esc(it.title), esc(it.link), esc(it.link), it.date)
	}
	b.WriteString("</feed>\n")
	return resource{body: []byte(b.String()), contentType: "application/atom+xml"}
}

// collector is a Sink that keeps what it is given.
type collector struct {
	mu    sync.Mutex
	items []*watch.Item
	fail  int // refuse this many items first
}

func (c *collector) sink(_ context.Context, it *watch.Item) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fail > 0 {
		c.fail--
		return fmt.Errorf("queue full")
	}
	c.items = append(c.items, it)
	return nil
}

// urls lists the URLs of the items received so far, sorted, and forgets
// them.
func (c *collector) urls() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := []string{}
	for _, it := range c.items {
		out = append(out, it.URL)
	}
	c.items = nil
	sort.Strings(out)
	return out
}

func (c *collector) take() []*watch.Item {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.items
	c.items = nil
	return out
}

// register is the corpus's entity register.
func register(t *testing.T) *schema.Register {
	t.Helper()
	path := filepath.Join(corpus, "aliases.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := facts.ReadRegister(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// newWatcher returns a Watcher paced by clock whose sink is c.
func newWatcher(t *testing.T, clock *fakeClock, c *collector, opt watch.Options) *watch.Watcher {
	t.Helper()
	opt.Sink = c.sink
	opt.Clock = clock
	opt.Extract.Register = register(t)
	w, err := watch.New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// errorText returns err's message, one error a line, or "".
func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
