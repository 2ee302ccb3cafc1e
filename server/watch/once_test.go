package watch_test

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/server/watch"
)

// fileURL is the URL the watcher gives a dropped file.
func fileURL(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

func copyStory(t *testing.T, story, to string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpus, "articles", story))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDropFolder(t *testing.T) {
	dir := t.TempDir()
	clock, c := newFakeClock(), &collector{}
	copyStory(t, neowinVF, filepath.Join(dir, "vodafone.txt"))
	copyStory(t, kedStory, filepath.Join(dir, ".vodafone.txt.part")) // being written
	copyStory(t, kedStory, filepath.Join(dir, "notes.md"))
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyStory(t, kedStory, filepath.Join(dir, "sub", "ked.txt"))
	w := newWatcher(t, clock, c, watch.Options{Dir: dir})

	steps := []struct {
		name    string
		before  func()
		wantNew []article
	}{
		{"only the finished .txt file is read", func() {},
			[]article{{readStory(t, neowinVF).source, "", "2024-01-16", true}}},
		{"read once", func() {}, nil},
		{"a renamed file is new", func() {
			if err := os.Rename(filepath.Join(dir, ".vodafone.txt.part"), filepath.Join(dir, "ked.html")); err != nil {
				t.Fatal(err)
			}
		}, []article{{readStory(t, kedStory).source, "", "2024-07", true}}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.before()
			if _, err := w.Poll(t.Context()); err != nil {
				t.Fatal(err)
			}
			var got []article
			for _, it := range c.take() {
				if it.Feed != "" || !strings.HasPrefix(it.URL, "file:///") {
					t.Errorf("item from %q, feed %q: want a file: URL and no feed", it.URL, it.Feed)
				}
				for _, a := range it.Facts.Articles {
					got = append(got, article{a.URL, a.Title, a.Date.String(), len(a.Facts) > 0})
				}
			}
			if diff := cmp.Diff(st.wantNew, got); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSameStoryTwice checks that one story under two URLs, on two sites,
// and in the drop folder reaches the sink once.
func TestSameStoryTwice(t *testing.T) {
	clock, c := newFakeClock(), &collector{}
	first, syndicated := newSite(t, clock), newSite(t, clock)
	a := readStory(t, kedStory)
	first.set("/news/ked", a.page("KED Global", true))
	syndicated.set("/wire/ked", a.page("Wire Service", true)) // other furniture, same story
	first.set("/feed", rss(item{first.url("/news/ked"), a.title, ""}))
	syndicated.set("/feed", rss(item{syndicated.url("/wire/ked"), a.title, ""}))
	dir := t.TempDir()
	copyStory(t, kedStory, filepath.Join(dir, "ked.txt"))
	w := newWatcher(t, clock, c, watch.Options{
		Feeds: []string{first.url("/feed"), syndicated.url("/feed")}, Dir: dir, Workers: 1,
	})
	st, err := w.Poll(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{first.url("/news/ked")}, c.urls()); diff != "" {
		t.Errorf("new articles (-want +got):\n%s", diff)
	}
	want := watch.Stats{Feeds: 2, Items: 2, Fetched: 2, Files: 1, New: 1, Duplicates: 2}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	// The duplicate's URL is remembered too: it is not fetched again.
	if _, err := w.Poll(t.Context()); err != nil {
		t.Fatal(err)
	}
	hits := map[string]int{"first": first.counts(first.hits)["/news/ked"], "syndicated": syndicated.counts(syndicated.hits)["/wire/ked"]}
	if diff := cmp.Diff(map[string]int{"first": 1, "syndicated": 1}, hits); diff != "" {
		t.Errorf("page requests (-want +got):\n%s", diff)
	}
}

// TestPerHostRate counts each host's requests within every window of a
// second of the fake clock.
func TestPerHostRate(t *testing.T) {
	stories := []string{kedStory, bloombergJV, neowinVF, daumInvest, softbankChair}
	tests := []struct {
		rate      float64
		maxPerSec int
	}{
		{0.5, 1},
		{2, 2},
		{5, 5},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%g per second", tt.rate), func(t *testing.T) {
			clock, c := newFakeClock(), &collector{}
			sites := []*site{newSite(t, clock), newSite(t, clock)}
			var feeds []string
			for _, s := range sites {
				var items []item
				for i, st := range stories {
					p := "/" + strings.TrimSuffix(st, ".txt")
					s.set(p, readStory(t, stories[i]).page("News", true))
					items = append(items, item{s.url(p), st, ""})
				}
				s.set("/feed", rss(items...))
				feeds = append(feeds, s.url("/feed"))
			}
			w := newWatcher(t, clock, c, watch.Options{Feeds: feeds, HostRate: tt.rate, Workers: 1})
			if _, err := w.Poll(t.Context()); err != nil {
				t.Fatal(err)
			}
			for i, s := range sites {
				s.mu.Lock()
				times := s.times
				s.mu.Unlock()
				if len(times) != 1+len(stories) {
					t.Fatalf("host %d: %d requests, want %d", i, len(times), 1+len(stories))
				}
				most := 0
				for _, from := range times {
					n := 0
					for _, at := range times {
						if !at.Before(from) && at.Before(from.Add(time.Second)) {
							n++
						}
					}
					most = max(most, n)
				}
				if most != tt.maxPerSec {
					t.Errorf("host %d: at most %d requests in a second, want %d (times %v)", i, most, tt.maxPerSec, times)
				}
			}
		})
	}
}

// TestSinkRefuses checks that an article the sink refused is fetched and
// offered again on the next poll.
func TestSinkRefuses(t *testing.T) {
	clock, c := newFakeClock(), &collector{fail: 1}
	s := newSite(t, clock)
	a := readStory(t, kedStory)
	s.set("/a", a.page("KED Global", true))
	s.set("/feed", rss(item{s.url("/a"), a.title, ""}))
	w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})
	var got [][]string
	var errs []string
	for range 3 {
		_, err := w.Poll(t.Context())
		errs = append(errs, errorText(err))
		got = append(got, c.urls())
	}
	wantErrs := []string{"watch: page " + s.url("/a") + ": sink: queue full", "", ""}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{}, {s.url("/a")}, {}}, got); diff != "" {
		t.Errorf("new articles per poll (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"/feed": 3, "/a": 2}, s.counts(s.full)); diff != "" {
		t.Errorf("200 answers (-want +got):\n%s", diff)
	}
}

func TestRun(t *testing.T) {
	clock, c := newFakeClock(), &collector{}
	s := newSite(t, clock)
	a := readStory(t, kedStory)
	s.set("/a", a.page("KED Global", true))
	s.set("/feed", rss(item{s.url("/a"), a.title, ""}))
	w := newWatcher(t, clock, c, watch.Options{Feeds: []string{s.url("/feed")}})
	ctx, cancel := context.WithCancel(t.Context())
	var news []int
	err := w.Run(ctx, 15*time.Minute, func(st watch.Stats, err error) {
		if err != nil {
			t.Errorf("poll: %v", err)
		}
		news = append(news, st.New)
		if len(news) == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	if diff := cmp.Diff([]int{1, 0, 0}, news); diff != "" {
		t.Errorf("new articles per poll (-want +got):\n%s", diff)
	}
	if got, want := clock.Now().Sub(newFakeClock().Now()), 30*time.Minute; got < want {
		t.Errorf("clock moved %s, want at least two intervals (%s)", got, want)
	}
}

func TestNewOptions(t *testing.T) {
	sink := func(context.Context, *watch.Item) error { return nil }
	tests := []struct {
		name    string
		opt     watch.Options
		wantErr string
	}{
		{"no sink", watch.Options{Dir: "."}, "watch: no sink"},
		{"nothing to watch", watch.Options{Sink: sink}, "watch: nothing to watch: no feed and no folder"},
		{"bad feed", watch.Options{Sink: sink, Feeds: []string{"ftp://example.org/feed"}}, `watch: feed "ftp://example.org/feed" is not an http or https URL`},
		{"negative rate", watch.Options{Sink: sink, Dir: ".", HostRate: -1}, "watch: negative rate, size, timeout, workers or attempts"},
		{"fine", watch.Options{Sink: sink, Dir: "."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := watch.New(tt.opt)
			if diff := cmp.Diff(tt.wantErr, errorText(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}
