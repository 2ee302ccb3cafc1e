package graph_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's own reader, to check compatibility
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/pgtest"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

// options are settings for tests, logging to the test's output: a fast
// poll, and a write timeout generous enough for a loaded 2-core machine
// (tests of the timeout set their own).
func options(t *testing.T) graph.Options {
	return graph.Options{
		Logger:       slog.New(slog.NewTextHandler(t.Output(), nil)),
		PollInterval: 100 * time.Millisecond,
		WriteTimeout: 30 * time.Second,
	}
}

func TestPostgresStore(t *testing.T) {
	srv := pgtest.Start(t)
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T) func() (*graph.Store, error) {
			url := srv.URL(srv.CreateDB())
			return func() (*graph.Store, error) { return graph.OpenWith(context.Background(), url, options(t)) }
		},
		Persistent: true,
	}, "..")

	t.Run("Cayley reads what was written, two labels for one triple", func(t *testing.T) {
		ctx := context.Background()
		db := srv.CreateDB()
		s := openT(t, srv.URL(db))
		corpus := storetest.Corpus(t, "..")
		for src, qs := range corpus {
			if _, err := s.ReplaceSource(ctx, src, qs); err != nil {
				t.Fatal(err)
			}
		}
		// Cayley's own postgres backend opens the same database.
		qs, err := csql.New("postgres", srv.URL(db), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer qs.Close()
		var got []string
		r := cgraph.NewQuadStoreReader(qs)
		for {
			q, err := r.ReadQuad()
			if err != nil {
				break
			}
			got = append(got, q.NQuad())
		}
		r.Close()
		sort.Strings(got)
		if diff := cmp.Diff(storetest.NQuads(s.Quads(ctx, "")), got); diff != "" {
			t.Errorf("Cayley's reader differs (-ours +cayley):\n%s", diff)
		}
		// Singtel's membership of GTAA is stated by two articles: the
		// database keeps one row per label.
		prefix := quad.Quad{Subject: schema.EntityIRI("singtel"), Predicate: schema.MemberOf, Object: schema.EntityIRI("gtaa")}.NQuad()
		prefix = strings.TrimSuffix(prefix, " .")
		labels := 0
		for _, l := range got {
			if strings.HasPrefix(l, prefix+" <") {
				labels++
			}
		}
		if labels != len(corpusLabels(corpus, prefix)) || labels < 2 {
			t.Errorf("singtel memberOf gtaa has %d labels in the database, want %d", labels, len(corpusLabels(corpus, prefix)))
		}
	})
}

// openT opens a store with test options, closed with the test.
func openT(t *testing.T, url string) *graph.Store {
	t.Helper()
	s, err := graph.OpenWith(context.Background(), url, options(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// corpusLabels lists the corpus quads whose N-Quads form starts with prefix.
func corpusLabels(c map[quad.IRI][]quad.Quad, prefix string) []string {
	var out []string
	for _, qs := range c {
		for _, q := range qs {
			if strings.HasPrefix(q.NQuad(), prefix+" <") {
				out = append(out, q.NQuad())
			}
		}
	}
	return out
}

// eventually polls cond until it holds or within passes.
func eventually(within time.Duration, cond func() bool) (time.Duration, bool) {
	start := time.Now()
	for time.Since(start) < within {
		if cond() {
			return time.Since(start), true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start), cond()
}

// TestPostgresInstances runs two Stores over one database, as two API
// instances would: what one writes the other serves within 2 s, and then
// both indexes equal the store.
func TestPostgresInstances(t *testing.T) {
	srv := pgtest.Start(t)
	url := srv.URL(srv.CreateDB())
	ctx := context.Background()
	a, b := openT(t, url), openT(t, url)
	corpus := storetest.Corpus(t, "..")
	var sources []quad.IRI
	for src := range corpus {
		sources = append(sources, src)
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i] < sources[j] })

	same := func(t *testing.T, step string) {
		t.Helper()
		durable, err := a.DurableQuads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := storetest.NQuads(durable)
		if took, ok := eventually(2*time.Second, func() bool {
			return cmp.Equal(want, storetest.NQuads(a.Quads(ctx, ""))) && cmp.Equal(want, storetest.NQuads(b.Quads(ctx, "")))
		}); !ok {
			t.Fatalf("%s: indexes differ from the store after %v:\nA (-store +a):\n%s\nB (-store +b):\n%s", step, took,
				cmp.Diff(want, storetest.NQuads(a.Quads(ctx, ""))), cmp.Diff(want, storetest.NQuads(b.Quads(ctx, ""))))
		} else {
			t.Logf("%s: both instances equal the store (%d quads) after %v", step, len(want), took.Round(time.Millisecond))
		}
	}

	tests := []struct {
		name  string
		write func(t *testing.T)
	}{
		{"load everything through A", func(t *testing.T) {
			for _, src := range sources {
				if _, err := a.ReplaceSource(ctx, src, corpus[src]); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"remove one source through B", func(t *testing.T) {
			if _, err := b.RemoveSource(ctx, sources[0]); err != nil {
				t.Fatal(err)
			}
		}},
		{"load through A, remove at once through B before it polled", func(t *testing.T) {
			if _, err := a.ReplaceSource(ctx, sources[0], corpus[sources[0]]); err != nil {
				t.Fatal(err)
			}
			ch, err := b.RemoveSource(ctx, sources[0])
			if err != nil {
				t.Fatal(err)
			}
			if ch.Removed != len(corpus[sources[0]]) {
				t.Errorf("B removed %d quads, want %d: its diff must come from the store, not its stale index", ch.Removed, len(corpus[sources[0]]))
			}
		}},
		{"both write different sources at once", func(t *testing.T) {
			var wg sync.WaitGroup
			errs := make(chan error, 2)
			for i, s := range []*graph.Store{a, b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for j := i; j < len(sources); j += 2 {
						if _, err := s.RemoveSource(ctx, sources[j]); err != nil {
							errs <- err
							return
						}
						if _, err := s.ReplaceSource(ctx, sources[j], corpus[sources[j]]); err != nil {
							errs <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.write(t)
			same(t, tt.name)
		})
	}
	if got, want := len(b.Quads(ctx, "")), 0; got == want {
		t.Error("B holds no quads at the end")
	}
}

// TestPostgresOutage stops the database under a running store, then
// freezes it: reads keep being answered from the index, Ready fails, writes
// fail with ErrUnavailable within the write timeout; after a restart (a
// thaw) both recover without a reopen.
func TestPostgresOutage(t *testing.T) {
	srv := pgtest.Start(t)
	url := srv.URL(srv.CreateDB())
	ctx := context.Background()
	o := options(t)
	o.WriteTimeout = 2 * time.Second
	o.ConnectTimeout = time.Second
	o.QueryTimeout = time.Second
	s, err := graph.OpenWith(ctx, url, o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	corpus := storetest.Corpus(t, "..")
	var first quad.IRI
	for src, qs := range corpus {
		if first == "" {
			first = src
			continue
		}
		if _, err := s.ReplaceSource(ctx, src, qs); err != nil {
			t.Fatal(err)
		}
	}
	want := len(storetest.MemberSlugs(t, s, "gtaa"))
	if err := s.Ready(); err != nil {
		t.Fatalf("ready before the outage: %v", err)
	}

	srv.Stop("immediate")
	if took, ok := eventually(3*time.Second, func() bool { return s.Ready() != nil }); !ok {
		t.Fatalf("Ready still nil %v after the database stopped", took)
	} else {
		t.Logf("not ready %v after the stop: %v", took.Round(time.Millisecond), s.Ready())
	}
	var reads, writes, unavailable int
	var slowest time.Duration
	for i := 0; i < 3; i++ {
		if got := len(storetest.MemberSlugs(t, s, "gtaa")); got != want {
			t.Errorf("during the outage: %d gtaa members, want %d", got, want)
		}
		reads++
		start := time.Now()
		_, err := s.ReplaceSource(ctx, first, corpus[first])
		took := time.Since(start)
		slowest = max(slowest, took)
		writes++
		if errors.Is(err, schema.ErrUnavailable) {
			unavailable++
		} else {
			t.Errorf("write during the outage: err = %v, want ErrUnavailable", err)
		}
		if took > o.WriteTimeout+2*time.Second {
			t.Errorf("write during the outage took %v, want at most the write timeout %v", took, o.WriteTimeout)
		}
	}
	t.Logf("outage: %d reads answered from the index, %d writes, %d UNAVAILABLE, slowest write %v", reads, writes, unavailable, slowest.Round(time.Millisecond))

	srv.Start()
	if took, ok := eventually(10*time.Second, func() bool { return s.Ready() == nil }); !ok {
		t.Fatalf("still not ready %v after the restart: %v", took, s.Ready())
	}
	if _, err := s.ReplaceSource(ctx, first, corpus[first]); err != nil {
		t.Fatalf("write after the restart: %v", err)
	}
	// The corpus is a map, so first may be the one source that adds a GTAA
	// member: count again now that it is written.
	want = len(storetest.MemberSlugs(t, s, "gtaa"))
	durable, err := s.DurableQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(storetest.NQuads(durable), storetest.NQuads(s.Quads(ctx, ""))); diff != "" {
		t.Errorf("index and store differ after the outage (-store +index):\n%s", diff)
	}

	// A frozen server keeps its connections open and never answers: the
	// driver does not watch the context while it begins a transaction, so
	// this is where a write could hang.
	srv.Freeze()
	start := time.Now()
	_, err = s.ReplaceSource(ctx, first, nil)
	took := time.Since(start)
	if !errors.Is(err, schema.ErrUnavailable) || took > o.WriteTimeout+2*time.Second {
		t.Errorf("write to a frozen server: %v after %v, want ErrUnavailable within %v", err, took, o.WriteTimeout)
	}
	if got := len(storetest.MemberSlugs(t, s, "gtaa")); got != want {
		t.Errorf("frozen server: %d gtaa members, want %d", got, want)
	}
	if took, ok := eventually(o.QueryTimeout+2*time.Second, func() bool { return s.Ready() != nil }); !ok {
		t.Errorf("Ready still nil %v after the freeze", took)
	}
	t.Logf("frozen server: write failed after %v: %v", took.Round(time.Millisecond), err)
	srv.Thaw()
	if took, ok := eventually(10*time.Second, func() bool { return s.Ready() == nil }); !ok {
		t.Fatalf("still not ready %v after the thaw: %v", took, s.Ready())
	}
	if _, err := s.ReplaceSource(ctx, first, corpus[first]); err != nil {
		t.Fatalf("write after the thaw: %v", err)
	}
}

// TestPostgresURLs opens the store by the URL forms docs/postgres.md lists,
// and checks that a refused password is not echoed.
func TestPostgresURLs(t *testing.T) {
	srv := pgtest.Start(t)
	db := srv.CreateDB()
	dead := pgtest.FreePort(t)
	tests := []struct {
		name string
		url  string
		err  error // nil: opens
	}{
		{"uri", srv.URL(db), nil},
		{"postgresql scheme", strings.Replace(srv.URL(db), "postgres://", "postgresql://", 1), nil},
		{"two hosts, first down", fmt.Sprintf("postgres://postgres:%s@127.0.0.1:%d,127.0.0.1:%d/%s?sslmode=disable", srv.Password, dead, srv.Port, db), nil},
		{"key=value, two hosts", fmt.Sprintf("postgres://host=127.0.0.1,127.0.0.1 port=%d,%d user=postgres password=%s dbname=%s sslmode=disable", dead, srv.Port, srv.Password, db), nil},
		{"no host", "postgres:///" + db, schema.ErrInvalid},
		{"wrong password", fmt.Sprintf("postgres://postgres:not-the-secret-pw@127.0.0.1:%d/%s?sslmode=disable", srv.Port, db), errors.New("any")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := options(t)
			o.WriteTimeout = 2 * time.Second
			s, err := graph.OpenWith(context.Background(), tt.url, o)
			if err == nil {
				s.Close()
			}
			switch {
			case tt.err == nil && err != nil:
				t.Fatalf("open: %v", err)
			case tt.err != nil && err == nil:
				t.Fatalf("open succeeded, want an error")
			case tt.err == schema.ErrInvalid && !errors.Is(err, schema.ErrInvalid):
				t.Errorf("err = %v, want ErrInvalid", err)
			}
			if err != nil && (strings.Contains(err.Error(), "not-the-secret-pw") || strings.Contains(err.Error(), srv.Password)) {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}
