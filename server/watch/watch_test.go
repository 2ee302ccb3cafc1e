package watch_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/watch"
)

// Corpus stories the tests serve.
const (
	kedStory      = "00-kedglobal-k-ai-alliance.txt"
	bloombergJV   = "03-bnnbloomberg-openai-softbank-jv.txt"
	neowinVF      = "04-neowin-vodafone-microsoft.txt"
	daumInvest    = "05-daum-korean-telcos-startup-investments.txt"
	softbankChair = "06-softbank-choi-ai-ran-chair.txt"
)

func TestFeedChangesBetweenPolls(t *testing.T) {
	clock, c := newFakeClock(), &collector{}
	s := newSite(t, clock)
	a, b, d := readStory(t, kedStory), readStory(t, neowinVF), readStory(t, bloombergJV)
	s.set("/a", a.page("KED Global", true))
	s.set("/b", b.page("Neowin", true))
	s.set("/c", d.page("BNN Bloomberg", true))
	ia := item{s.url("/a"), a.title, "Mon, 08 Jul 2024 09:00:00 +0900"}
	ib := item{s.url("/b"), b.title, "Tue, 16 Jan 2024 10:00:00 GMT"}
	ic := item{s.url("/c"), d.title, "Mon, 03 Feb 2025 08:00:00 -0500"}
	w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})

	steps := []struct {
		name     string
		feed     resource
		wantNew  []string
		wantHits map[string]int // requests so far
	}{
		{"first poll fetches every item", rss(ia, ib), []string{s.url("/a"), s.url("/b")},
			map[string]int{"/feed": 1, "/a": 1, "/b": 1}},
		{"a new item: only it is fetched", rss(ic, ia, ib), []string{s.url("/c")},
			map[string]int{"/feed": 2, "/a": 1, "/b": 1, "/c": 1}},
		{"an item dropped off: nothing fetched", rss(ic, ib), []string{},
			map[string]int{"/feed": 3, "/a": 1, "/b": 1, "/c": 1}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			s.set("/feed", st.feed)
			if _, err := w.Poll(t.Context()); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(st.wantNew, c.urls()); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(st.wantHits, s.counts(s.hits)); diff != "" {
				t.Errorf("requests (-want +got):\n%s", diff)
			}
		})
	}
}

func TestConditionalGet(t *testing.T) {
	tests := []struct {
		name       string
		etag, date string
	}{
		{"ETag", `"v1"`, ""},
		{"Last-Modified", "", "Mon, 08 Jul 2024 09:00:00 GMT"},
		{"both", `W/"v1"`, "Mon, 08 Jul 2024 09:00:00 GMT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			s := newSite(t, clock)
			a := readStory(t, kedStory)
			s.set("/a", a.page("KED Global", true))
			feed := rss(item{s.url("/a"), a.title, ""})
			feed.etag, feed.lastModified = tt.etag, tt.date
			s.set("/feed", feed)
			w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})
			var got []watch.Stats
			for range 2 {
				st, err := w.Poll(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, st)
			}
			want := []watch.Stats{{Feeds: 1, Items: 1, Fetched: 1, New: 1}, {FeedsUnchanged: 1}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("stats (-want +got):\n%s", diff)
			}
			answers := map[string]map[string]int{"200": s.counts(s.full), "304": s.counts(s.condition)}
			wantAnswers := map[string]map[string]int{"200": {"/feed": 1, "/a": 1}, "304": {"/feed": 1}}
			if diff := cmp.Diff(wantAnswers, answers); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlowHost(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(map[int]string{1: "one host at a time", 4: "hosts at once"}[workers], func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			slow, fast := newSite(t, clock), newSite(t, clock)
			slow.set("/feed", resource{slow: true})
			b := readStory(t, neowinVF)
			fast.set("/b", b.page("Neowin", true))
			fast.set("/feed", rss(item{fast.url("/b"), b.title, ""}))
			w := newWatcher(t, clock, c, watch.Options{
				Feeds: []string{slow.url("/feed"), fast.url("/feed")}, Timeout: 300 * time.Millisecond, Workers: workers,
			})
			st, err := w.Poll(t.Context())
			if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(errorText(err), "feed "+slow.url("/feed")+": no answer within 300ms") {
				t.Errorf("err = %v, want the slow feed's timeout", err)
			}
			if diff := cmp.Diff([]string{fast.url("/b")}, c.urls()); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
			if st.Errors != 1 || st.New != 1 {
				t.Errorf("stats = %+v, want 1 error and 1 new article", st)
			}
		})
	}
}

func TestPageFailures(t *testing.T) {
	tests := []struct {
		name    string
		res     *resource // nil: no such page
		wantErr string
		wantIs  error
	}{
		{"404", nil, "HTTP 404 Not Found", nil},
		{"not an article", &resource{body: []byte("%PDF-1.7"), contentType: "application/pdf"},
			"content type application/pdf is not an article", schema.ErrInvalid},
		{"no text", &resource{body: []byte("<html><body><nav><p>Home</p></nav></body></html>"), contentType: "text/html"},
			"no article text", schema.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			s := newSite(t, clock)
			a := readStory(t, kedStory)
			s.set("/a", a.page("KED Global", true))
			if tt.res != nil {
				s.set("/bad", *tt.res)
			}
			s.set("/feed", rss(item{s.url("/bad"), "Bad", ""}, item{s.url("/a"), a.title, ""}))
			w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})
			_, err := w.Poll(t.Context())
			if want := "watch: page " + s.url("/bad") + ": " + tt.wantErr; !strings.HasPrefix(errorText(err), want) {
				t.Errorf("err = %v, want %q", err, want)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("err = %v, want it to match %v", err, tt.wantIs)
			}
			if diff := cmp.Diff([]string{s.url("/a")}, c.urls()); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGivesUp checks that a page failing on MaxAttempts polls is not
// asked for again.
func TestGivesUp(t *testing.T) {
	clock, c := newFakeClock(), &collector{}
	s := newSite(t, clock)
	s.set("/feed", rss(item{s.url("/gone"), "Gone", ""}))
	w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}, MaxAttempts: 2})
	var failed []bool
	for range 4 {
		_, err := w.Poll(t.Context())
		failed = append(failed, err != nil)
	}
	if diff := cmp.Diff([]bool{true, true, false, false}, failed); diff != "" {
		t.Errorf("polls that failed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"/feed": 4, "/gone": 2}, s.counts(s.hits)); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

func TestOversizedPage(t *testing.T) {
	big := bytes.Repeat([]byte("<p>Telecom operators join the alliance.</p>\n"), 10<<20/44)
	big = append([]byte("<!doctype html><html><body><article>"), big...)
	for _, chunked := range []bool{false, true} {
		t.Run(map[bool]string{false: "Content-Length", true: "chunked"}[chunked], func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			s := newSite(t, clock)
			a := readStory(t, kedStory)
			s.set("/a", a.page("KED Global", true))
			s.set("/big", resource{body: big, contentType: "text/html", etag: `"big"`, chunked: chunked})
			s.set("/feed", rss(item{s.url("/big"), "Big", ""}, item{s.url("/a"), a.title, ""}))
			w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})
			st, err := w.Poll(t.Context())
			if !errors.Is(err, schema.ErrLimit) || !strings.HasPrefix(errorText(err), "watch: page "+s.url("/big")+": refused") {
				t.Errorf("err = %v, want the big page refused", err)
			}
			if diff := cmp.Diff([]string{s.url("/a")}, c.urls()); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
			if st.New != 1 || st.Errors != 1 {
				t.Errorf("stats = %+v, want 1 new and 1 error", st)
			}
			// Tried again, the page is asked for conditionally, and the 304
			// ends it without a body or an error.
			st, err = w.Poll(t.Context())
			if err != nil || st.Unchanged != 1 {
				t.Errorf("second poll: %+v, %v; want one page unchanged and no error", st, err)
			}
			if diff := cmp.Diff(map[string]int{"/big": 1}, s.counts(s.condition)); diff != "" {
				t.Errorf("304 answers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMalformedFeed(t *testing.T) {
	tests := []struct {
		name, body, wantErr string
	}{
		{"truncated", `<?xml version="1.0"?>` + "\n<rss version=\"2.0\"><channel>\n<item><title>A</title>", "malformed XML at line 3: unexpected EOF"},
		{"bad token", "<rss version=\"2.0\"><channel><item><link>x</lnk></item></channel></rss>", "malformed XML at line 1: element <link> closed by </lnk>"},
		{"empty", "", "malformed XML: no root element"},
		{"not a feed", `<opml version="2.0"><body/></opml>`, "not an RSS 2.0 or Atom feed: its root element is <opml>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			bad, good := newSite(t, clock), newSite(t, clock)
			bad.set("/feed", resource{body: []byte(tt.body), contentType: "application/rss+xml"})
			b := readStory(t, neowinVF)
			good.set("/b", b.page("Neowin", true))
			good.set("/feed", rss(item{good.url("/b"), b.title, ""}))
			w := newWatcher(t, clock, c, watch.Options{Feeds: []string{bad.url("/feed"), good.url("/feed")}})
			_, err := w.Poll(t.Context())
			if diff := cmp.Diff("watch: feed "+bad.url("/feed")+": "+tt.wantErr+": invalid input", errorText(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{good.url("/b")}, c.urls()); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
		})
	}
}

// article is what the tests compare of an extracted article.
type article struct {
	URL, Title, Date string
	HasFacts         bool
}

func TestAtomFeed(t *testing.T) {
	clock, c := newFakeClock(), &collector{}
	s := newSite(t, clock)
	a, d := readStory(t, kedStory), readStory(t, bloombergJV)
	s.set("/news/alliance", a.page("KED Global", false)) // no date in the page: the feed's is used
	s.set("/news/jv", d.page("BNN Bloomberg", true))     // the page's own date wins
	s.set("/atom.xml", atom(
		item{"/news/alliance", "SK Telecom widens its AI alliance", "2024-07-08T09:00:00+09:00"},
		item{s.url("/news/jv"), "OpenAI and SoftBank set up a venture", "2025-02-04T01:00:00Z"},
	))
	w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/atom.xml")}})
	if _, err := w.Poll(t.Context()); err != nil {
		t.Fatal(err)
	}
	var got []article
	for _, it := range c.take() {
		if it.Feed != s.url("/atom.xml") {
			t.Errorf("item %s from feed %q", it.URL, it.Feed)
		}
		for _, a := range it.Facts.Articles {
			got = append(got, article{a.URL, a.Title, a.Date.String(), len(a.Facts) > 0})
		}
	}
	want := []article{
		{s.url("/news/alliance"), "SK Telecom widens its AI alliance", "2024-07-08", true},
		{s.url("/news/jv"), "OpenAI and SoftBank set up a venture", "2025-02-03", true},
	}
	less := func(a, b article) bool { return a.URL < b.URL }
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(less)); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
}
