// Package storetest is the suite every durable backend of graph.Store must
// pass, in the pattern of Cayley's graphtest: replace, reload, remove,
// remove-then-re-add cycles, the same fact from two sources, reopening, and
// concurrent readers during writes. Backend tests call Run with an opener.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// Backend describes the store under test.
type Backend struct {
	// Open opens the backend's store; every call in one test opens the same
	// underlying data (a file, a database), fresh for each test.
	Open func(t *testing.T) func() (*graph.Store, error)
	// Persistent backends keep data across Close and Open.
	Persistent bool
}

// Corpus reads the corpus fixture (testdata/golden/corpus.nq, the quads of
// the development corpus) grouped by source, from the repository root that
// root names relative to the calling test.
func Corpus(t testing.TB, root string) map[quad.IRI][]quad.Quad {
	t.Helper()
	f, err := os.Open(filepath.Join(root, "testdata", "golden", "corpus.nq"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := make(map[quad.IRI][]quad.Quad)
	r := nquads.NewReader(f, false)
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		l := q.Label.(quad.IRI)
		out[l] = append(out[l], q)
	}
	if len(out) == 0 {
		t.Fatal("empty corpus fixture")
	}
	return out
}

const (
	seed = quad.IRI("https://openkorea.org/feeds/sk-telecom-accelerates-ai-push-via-alliance-with-more-partners")
	gtaa = quad.IRI("https://telecoms.com/522891/telcos-team-up-for-ai-platform-project/")
)

// Run runs the suite against a backend. root is the repository root relative
// to the calling test's directory.
func Run(t *testing.T, b Backend, root string) {
	corpus := Corpus(t, root)
	ctx := context.Background()
	open := func(t *testing.T) (*graph.Store, func() (*graph.Store, error)) {
		t.Helper()
		opener := b.Open(t)
		s, err := opener()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s, opener
	}
	loadAll := func(t *testing.T, s *graph.Store) {
		t.Helper()
		for _, src := range sources(corpus) {
			if _, err := s.ReplaceSource(ctx, src, corpus[src]); err != nil {
				t.Fatal(err)
			}
		}
	}

	t.Run("replace then read", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		got := MemberSlugs(t, s, "k-ai-alliance")
		want := []string{"bespin-global", "konan-technology", "lablup", "moloco", "phantom-ai", "sapeon", "sweet-technologies", "tuat", "xl8"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("members (-want +got):\n%s", diff)
		}
		checkSame(t, s)
	})

	t.Run("reload is idempotent", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		before := s.Quads(ctx, "")
		ch, err := s.ReplaceSource(ctx, seed, corpus[seed])
		if err != nil {
			t.Fatal(err)
		}
		if ch != (graph.Change{}) {
			t.Errorf("reloading changed %+v, want nothing", ch)
		}
		if diff := cmp.Diff(NQuads(before), NQuads(s.Quads(ctx, ""))); diff != "" {
			t.Errorf("graph changed on reload (-before +after):\n%s", diff)
		}
		checkSame(t, s)
	})

	t.Run("remove source removes exactly its quads", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		total := s.Stats().Quads
		ch, err := s.RemoveSource(ctx, seed)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Removed != len(corpus[seed]) || s.Stats().Quads != total-len(corpus[seed]) {
			t.Errorf("removed %d of %d quads; store has %d, want %d", ch.Removed, len(corpus[seed]), s.Stats().Quads, total-len(corpus[seed]))
		}
		if got := s.SourceQuads(seed); len(got) != 0 {
			t.Errorf("source still has %d quads", len(got))
		}
		// Lablup is stated only by the seed; Deutsche Telekom by others too.
		if _, err := s.Entity(ctx, "lablup"); !errors.Is(err, schema.ErrNotFound) {
			t.Errorf("lablup after removing its only source: err = %v, want ErrNotFound", err)
		}
		if _, err := s.Entity(ctx, "deutsche-telekom"); err != nil {
			t.Errorf("deutsche-telekom, stated by other sources too: %v", err)
		}
		if got := MemberSlugs(t, s, "gtaa"); len(got) != 4 {
			t.Errorf("gtaa members from the other sources = %v, want the 4 founders", got)
		}
		checkSame(t, s)
	})

	t.Run("remove then re-add cycles", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		want := NQuads(s.Quads(ctx, ""))
		for i := 0; i < 5; i++ {
			if _, err := s.RemoveSource(ctx, seed); err != nil {
				t.Fatalf("cycle %d: remove: %v", i, err)
			}
			checkSame(t, s)
			if _, err := s.ReplaceSource(ctx, seed, corpus[seed]); err != nil {
				t.Fatalf("cycle %d: re-add: %v", i, err)
			}
			checkSame(t, s)
			if diff := cmp.Diff(want, NQuads(s.Quads(ctx, ""))); diff != "" {
				t.Fatalf("cycle %d: graph differs (-want +got):\n%s", i, diff)
			}
		}
	})

	t.Run("replace with an edited source", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		// Drop every quad that mentions XL8: the edited article no longer
		// states its membership.
		var edited []quad.Quad
		xl8 := schema.EntityIRI("xl8")
		for _, q := range corpus[seed] {
			if q.Subject != xl8 && q.Object != xl8 {
				edited = append(edited, q)
			}
		}
		ch, err := s.ReplaceSource(ctx, seed, edited)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Added != 0 || ch.Removed == 0 {
			t.Errorf("change = %+v, want only removals", ch)
		}
		for _, m := range MemberSlugs(t, s, "k-ai-alliance") {
			if m == "xl8" {
				t.Error("xl8 is still a member")
			}
		}
		checkSame(t, s)
	})

	t.Run("same fact from two sources is one edge with two sources", func(t *testing.T) {
		s, _ := open(t)
		for _, src := range []quad.IRI{seed, gtaa} {
			if _, err := s.ReplaceSource(ctx, src, corpus[src]); err != nil {
				t.Fatal(err)
			}
		}
		links, err := linksOf(s, "singtel", schema.RelMemberOf, query.Out)
		if err != nil {
			t.Fatal(err)
		}
		if len(links) != 1 || links[0].To != "gtaa" {
			t.Fatalf("links = %+v, want one to gtaa", links)
		}
		var urls []string
		for _, src := range links[0].Sources {
			urls = append(urls, src.URL)
		}
		if diff := cmp.Diff([]string{string(seed), string(gtaa)}, urls); diff != "" {
			t.Errorf("sources (-want +got):\n%s", diff)
		}
		// Removing one source keeps the edge with the other.
		if _, err := s.RemoveSource(ctx, seed); err != nil {
			t.Fatal(err)
		}
		links, _ = linksOf(s, "singtel", schema.RelMemberOf, query.Out)
		if len(links) != 1 || len(links[0].Sources) != 1 || links[0].Sources[0].URL != string(gtaa) {
			t.Errorf("after removing the seed: %+v, want one edge with the other source", links)
		}
		checkSame(t, s)
	})

	t.Run("many sources in one batch", func(t *testing.T) {
		one, _ := open(t)
		loadAll(t, one)
		s, _ := open(t)
		var batch []schema.Source
		for _, src := range sources(corpus) {
			batch = append(batch, schema.Source{IRI: src, Quads: corpus[src]})
		}
		// A source named twice takes its last quads: the seed, emptied
		// first, then whole again.
		batch = append([]schema.Source{{IRI: seed, Quads: nil}}, batch...)
		ch, err := s.ReplaceSources(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		if ch.Added != one.Stats().Quads || ch.Removed != 0 {
			t.Errorf("batch change %+v, want +%d", ch, one.Stats().Quads)
		}
		if diff := cmp.Diff(NQuads(one.Quads(ctx, "")), NQuads(s.Quads(ctx, ""))); diff != "" {
			t.Errorf("a batch differs from one source at a time (-one +batch):\n%s", diff)
		}
		checkSame(t, s)
	})

	t.Run("a quad with another label is refused", func(t *testing.T) {
		s, _ := open(t)
		q := corpus[seed][0]
		_, err := s.ReplaceSource(ctx, gtaa, []quad.Quad{q})
		if !errors.Is(err, schema.ErrInvalid) {
			t.Errorf("err = %v, want ErrInvalid", err)
		}
		if s.Stats().Quads != 0 {
			t.Error("a refused write changed the store")
		}
	})

	t.Run("reserved labels are kept but are no source", func(t *testing.T) {
		s, opener := open(t)
		loadAll(t, s)
		before := NQuads(s.Quads(ctx, ""))
		stats := s.Stats()
		var labels []quad.IRI
		var batch []schema.Source
		for _, id := range []string{"b", "a"} {
			l := quad.IRI(schema.EventNS + id)
			labels = append([]quad.IRI{l}, labels...)
			batch = append(batch, schema.Source{IRI: l, Quads: []quad.Quad{{Subject: l, Predicate: schema.EventActor, Object: quad.String("t"), Label: l}}})
		}
		if _, err := s.ReplaceSources(ctx, batch); err != nil {
			t.Fatal(err)
		}
		check := func(t *testing.T, s *graph.Store) {
			if diff := cmp.Diff(labels, s.Labels(schema.EventNS)); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, NQuads(s.Quads(ctx, ""))); diff != "" {
				t.Errorf("reserved labels show in Quads (-want +got):\n%s", diff)
			}
			if got := s.Stats(); got.Quads != stats.Quads || got.Sources != stats.Sources {
				t.Errorf("stats %+v, want %+v: reserved labels counted", got, stats)
			}
			if len(s.Quads(ctx, labels[0])) != 0 || len(s.SourceQuads(labels[0])) != 1 {
				t.Error("Quads reads a reserved label as a source, or SourceQuads does not read it")
			}
		}
		check(t, s)
		if b.Persistent {
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s2, err := opener()
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			check(t, s2)
		}
	})

	if b.Persistent {
		t.Run("reopen after close keeps data", func(t *testing.T) {
			s, opener := open(t)
			loadAll(t, s)
			want := NQuads(s.Quads(ctx, ""))
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s2, err := opener()
			if err != nil {
				t.Fatal(err)
			}
			defer s2.Close()
			if diff := cmp.Diff(want, NQuads(s2.Quads(ctx, ""))); diff != "" {
				t.Errorf("reopened graph differs (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("concurrent readers during writes", func(t *testing.T) {
		s, _ := open(t)
		loadAll(t, s)
		var wg sync.WaitGroup
		stop := make(chan struct{})
		errs := make(chan error, 8)
		for r := 0; r < max(4, runtime.GOMAXPROCS(0)); r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					ms, err := linksOf(s, "gtaa", schema.RelMemberOf, query.In)
					if err != nil {
						errs <- err
						return
					}
					// The four founders are stated by other sources too, so
					// every reader sees at least them, whatever the writer
					// is doing to the seed.
					if len(ms) < 4 {
						errs <- fmt.Errorf("reader saw %d gtaa members, want at least 4", len(ms))
						return
					}
				}
			}()
		}
		for i := 0; i < 10; i++ {
			if _, err := s.RemoveSource(ctx, seed); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ReplaceSource(ctx, seed, corpus[seed]); err != nil {
				t.Fatal(err)
			}
		}
		close(stop)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		checkSame(t, s)
	})
}

// checkSame asserts that the serving index and the durable store hold the
// same quads.
func checkSame(t *testing.T, s *graph.Store) {
	t.Helper()
	durable, err := s.DurableQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(NQuads(durable), NQuads(s.Quads(context.Background(), ""))); diff != "" {
		t.Fatalf("index and durable store differ (-durable +index):\n%s", diff)
	}
}

// MemberSlugs lists an alliance's members (up to a page of them), sorted.
func MemberSlugs(t *testing.T, s *graph.Store, alliance string) []string {
	t.Helper()
	ms, err := linksOf(s, alliance, schema.RelMemberOf, query.In)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.From)
	}
	sort.Strings(out)
	return out
}

// linksOf reads the links of one relation at an entity (up to a page of
// them), as the API pages them.
func linksOf(s *graph.Store, slug string, rel schema.Relation, dir query.Direction) ([]schema.Link, error) {
	k := query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(rel), Dir: dir, Query: query.PageQuery{First: query.MaxPage, Last: -1}}
	ps, errs := s.LinkPages(context.Background(), []query.LinkPageKey{k})
	return ps[0].Items, errs[0]
}

// NQuads is quads as sorted N-Quads lines, for diffs.
func NQuads(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}

func sources(c map[quad.IRI][]quad.Quad) []quad.IRI {
	out := make([]quad.IRI, 0, len(c))
	for s := range c {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
