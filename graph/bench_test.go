package graph_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// benchQuads sets the sizes the benchmarks run at; the default keeps
// `go test -bench .` quick. BENCHMARKS.md is made with 10^4, 10^5, 10^6.
var benchQuads = flag.String("bench-quads", "10000,100000", "comma-separated graph sizes for the benchmarks")

func sizes(b *testing.B) []int {
	var out []int
	for _, s := range splitComma(*benchQuads) {
		var n int
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatalf("-bench-quads: %v", err)
		}
		out = append(out, n)
	}
	return out
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

var (
	graphsMu sync.Mutex
	graphs   = map[int]*synth.Graph{}
	stores   = map[int]*graph.Store{}
)

// benchStore returns a memory store holding a synthetic graph of n quads,
// built once per size per test binary.
func benchStore(b *testing.B, n int) (*graph.Store, *synth.Graph) {
	b.Helper()
	graphsMu.Lock()
	defer graphsMu.Unlock()
	if s, ok := stores[n]; ok {
		return s, graphs[n]
	}
	g := synth.Generate(synth.Options{Quads: n, Seed: 1})
	s, err := graph.Open(context.Background(), "memory://")
	if err != nil {
		b.Fatal(err)
	}
	load(b, s, g)
	graphs[n], stores[n] = g, s
	return s, g
}

func load(b *testing.B, s *graph.Store, g *synth.Graph) {
	b.Helper()
	ctx := context.Background()
	for _, a := range g.Articles {
		qs := synthQuads(g, a)
		if _, err := s.ReplaceSource(ctx, a.IRI(), qs); err != nil {
			b.Fatal(err)
		}
	}
}

func synthQuads(g *synth.Graph, a schema.Article) []quad.Quad {
	one := &synth.Graph{Register: g.Register, Articles: []schema.Article{a}}
	return one.QuadsOf()
}

// BenchmarkMembersPage is W2: an alliance's first 50 members with sources.
func BenchmarkMembersPage(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, g := benchStore(b, n)
			alliances := entitiesOf(g, schema.TypeAlliance)
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := query.LinkPageKey{Slug: alliances[i%len(alliances)], Relations: query.JoinRelations(schema.RelMemberOf),
					Dir: query.In, Query: query.PageQuery{First: 50, Last: -1}}
				if _, errs := s.LinkPages(ctx, []query.LinkPageKey{k}); errs[0] != nil {
					b.Fatal(errs[0])
				}
			}
		})
	}
}

// BenchmarkMembersPageBySize is W2 by alliance size: the first 50 members
// with sources of the alliances nearest 5, 50 and 500 members and of the
// largest. A page costs the same whatever the alliance's size when the
// lists are kept sorted; a sort per request makes it grow with the size.
func BenchmarkMembersPageBySize(b *testing.B) {
	for _, n := range sizes(b) {
		s, g := benchStore(b, n)
		ctx := context.Background()
		key := func(slug string, first int) query.LinkPageKey {
			return query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(schema.RelMemberOf),
				Dir: query.In, Query: query.PageQuery{First: first, Last: -1}}
		}
		type sized struct {
			slug    string
			members int
		}
		var all []sized
		for _, a := range entitiesOf(g, schema.TypeAlliance) {
			ps, errs := s.LinkPages(ctx, []query.LinkPageKey{key(a, 0)})
			if errs[0] == nil && ps[0].Total > 0 {
				all = append(all, sized{a, ps[0].Total})
			}
		}
		sort.Slice(all, func(i, j int) bool { return all[i].members < all[j].members })
		nearest := func(m int) sized {
			i := sort.Search(len(all), func(i int) bool { return all[i].members >= m })
			return all[min(i, len(all)-1)]
		}
		picks := []sized{nearest(5), nearest(50), nearest(500), all[len(all)-1]}
		for i, a := range picks {
			if i > 0 && a == picks[i-1] {
				continue
			}
			b.Run(fmt.Sprintf("%d/members=%d", n, a.members), func(b *testing.B) {
				k := key(a.slug, 50)
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, errs := s.LinkPages(ctx, []query.LinkPageKey{k}); errs[0] != nil {
						b.Fatal(errs[0])
					}
				}
			})
		}
	}
}

// BenchmarkShortestPath is W4: shortest path between random companies,
// within 6 hops.
func BenchmarkShortestPath(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, g := benchStore(b, n)
			cs := connected(b, s, entitiesOf(g, schema.TypeCompany))
			rng := rand.New(rand.NewPCG(1, 2))
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a, c := cs[rng.IntN(len(cs))], cs[rng.IntN(len(cs))]
				if _, err := s.Paths(ctx, a, c, 1, query.TraverseOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearch is W5: name search with a mix of exact names, prefixes and
// typos.
func BenchmarkSearch(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, g := benchStore(b, n)
			queries := searchQueries(g)
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Search(ctx, queries[i%len(queries)], nil, query.PageQuery{First: 10, Last: -1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSearchLinearScan is W5's baseline: the same queries answered by
// scanning every entity's folded name and aliases for the folded text, with
// no index (and no typo tolerance: it finds less than Search does).
func BenchmarkSearchLinearScan(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, g := benchStore(b, n)
			queries := searchQueries(g)
			type named struct {
				slug  string
				names []string
			}
			var all []named
			for _, e := range s.Entities(context.Background()) {
				nm := named{slug: e.Slug, names: []string{schema.Fold(e.Name)}}
				for _, a := range e.Aliases {
					nm.names = append(nm.names, schema.Fold(a))
				}
				all = append(all, nm)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q := schema.Fold(queries[i%len(queries)])
				var hits []string
				for _, e := range all {
					for _, name := range e.names {
						if strings.Contains(name, q) {
							hits = append(hits, e.slug)
							break
						}
					}
				}
				_ = hits
			}
		})
	}
}

// BenchmarkReplaceSource reloads one article with one fact changed: the
// diff is written to the durable store and the index.
func BenchmarkReplaceSource(b *testing.B) {
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			url := "memory://"
			if backend == "bolt" {
				url = "bolt://" + filepath.Join(b.TempDir(), "bench.db")
			}
			s, err := graph.Open(context.Background(), url)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			g := synth.Generate(synth.Options{Quads: 10000, Seed: 3})
			load(b, s, g)
			a := g.Articles[0]
			edited := a
			edited.Facts = append([]schema.Fact(nil), a.Facts...)
			edited.Facts[0].Evidence += " (edited)"
			versions := [][]quad.Quad{synthQuads(g, a), synthQuads(g, edited)}
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.ReplaceSource(ctx, a.IRI(), versions[i%2]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad is W1: quads per second loaded into an empty store, one
// source per transaction.
func BenchmarkLoad(b *testing.B) {
	g := synth.Generate(synth.Options{Quads: 20000, Seed: 4})
	perArticle := make([][]quad.Quad, len(g.Articles))
	total := 0
	for i, a := range g.Articles {
		perArticle[i] = synthQuads(g, a)
		total += len(perArticle[i])
	}
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				url := "memory://"
				if backend == "bolt" {
					url = "bolt://" + filepath.Join(b.TempDir(), fmt.Sprintf("load%d.db", i))
				}
				s, err := graph.Open(ctx, url)
				if err != nil {
					b.Fatal(err)
				}
				for j, a := range g.Articles {
					if _, err := s.ReplaceSource(ctx, a.IRI(), perArticle[j]); err != nil {
						b.Fatal(err)
					}
				}
				s.Close()
			}
			b.ReportMetric(float64(total*b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkIndexMemory reports the heap a memory:// store takes per quad:
// Cayley's memstore, which is its durable store, as well as the serving
// index and the text index. The open store's own heap, over bolt, is
// BenchmarkOpenBolt's heapMiB/Mquads.
func BenchmarkIndexMemory(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			g := synth.Generate(synth.Options{Quads: n, Seed: 1})
			var before, after runtime.MemStats
			for i := 0; i < b.N; i++ {
				runtime.GC()
				runtime.ReadMemStats(&before)
				s, _ := graph.Open(context.Background(), "memory://")
				load(b, s, g)
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(g.Quads), "heapB/quad")
				s.Close()
			}
		})
	}
}

func entitiesOf(g *synth.Graph, t schema.EntityType) []string {
	var out []string
	for _, e := range g.Register.Entities() {
		if e.Type == t {
			out = append(out, e.Slug)
		}
	}
	return out
}

// connected keeps the slugs the store has (a generated entity may be named
// by no fact).
func connected(b *testing.B, s *graph.Store, slugs []string) []string {
	var out []string
	for _, sl := range slugs {
		if _, err := s.Entity(context.Background(), sl); err == nil {
			out = append(out, sl)
		}
	}
	if len(out) == 0 {
		b.Fatal("no entities")
	}
	return out
}

// searchQueries are W5's texts: a mix of whole names, prefixes and
// one-letter typos of company names.
func searchQueries(g *synth.Graph) []string {
	var queries []string
	for i, e := range g.Register.Entities() {
		if e.Type != schema.TypeCompany || i%7 != 0 {
			continue
		}
		switch i % 3 {
		case 0:
			queries = append(queries, e.Name)
		case 1:
			queries = append(queries, e.Name[:max(3, len(e.Name)/2)])
		default:
			r := []rune(e.Name)
			r[1], r[2] = r[2], r[1]
			queries = append(queries, string(r))
		}
	}
	return queries
}
