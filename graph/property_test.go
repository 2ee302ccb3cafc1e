package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// randomGraph loads a random graph of companies, alliances and people into
// a memory store and returns it with its adjacency (undirected, over the
// relations paths follow) as an oracle.
func randomGraph(t *testing.T, seed uint64, companies, alliances, nFacts int) (*graph.Store, map[string][]string, []string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed))
	reg := &schema.Register{}
	var slugs []string
	for i := 0; i < companies; i++ {
		slug := fmt.Sprintf("company-%d", i)
		reg.Add(schema.Entity{Slug: slug, Name: fmt.Sprintf("Company %d", i), Type: schema.TypeCompany})
		slugs = append(slugs, slug)
	}
	for i := 0; i < alliances; i++ {
		slug := fmt.Sprintf("alliance-%d", i)
		reg.Add(schema.Entity{Slug: slug, Name: fmt.Sprintf("Alliance %d", i), Type: schema.TypeAlliance})
		slugs = append(slugs, slug)
	}
	adj := map[string][]string{}
	link := func(a, b string) {
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var article schema.Article
	for i := 0; i < nFacts; i++ {
		if i%20 == 0 {
			if i > 0 {
				if _, err := s.ReplaceSource(ctx, article.IRI(), facts.Quads(article, reg)); err != nil {
					t.Fatal(err)
				}
			}
			article = schema.Article{URL: fmt.Sprintf("https://example.com/%d/%d", seed, i)}
		}
		c := fmt.Sprintf("company-%d", rng.IntN(companies))
		var f schema.Fact
		if rng.IntN(2) == 0 {
			a := fmt.Sprintf("alliance-%d", rng.IntN(alliances))
			f = schema.Fact{Relation: schema.RelMemberOf, Subject: schema.Mention{ID: c}, Object: schema.Mention{ID: a}}
			link(c, a)
		} else {
			d := fmt.Sprintf("company-%d", rng.IntN(companies))
			if d == c {
				continue
			}
			f = schema.Fact{Relation: schema.RelPartnerOf, Subject: schema.Mention{ID: c}, Object: schema.Mention{ID: d}}
			link(c, d)
		}
		f.Evidence = fmt.Sprintf("fact %d", i)
		article.Facts = append(article.Facts, f)
	}
	if _, err := s.ReplaceSource(ctx, article.IRI(), facts.Quads(article, reg)); err != nil {
		t.Fatal(err)
	}
	return s, adj, slugs
}

// distance is the oracle: plain breadth-first search.
func distance(adj map[string][]string, a, b string) int {
	dist := map[string]int{a: 0}
	queue := []string{a}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == b {
			return dist[n]
		}
		for _, m := range adj[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return -1
}

// TestPathProperties: on random graphs, a path found is a real walk whose
// steps are links of the graph, it is as short as the oracle's, it exists
// exactly when the oracle finds one within the hop limit, and the k paths
// are simple, distinct and in order of length.
func TestPathProperties(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 5; seed++ {
		s, adj, slugs := randomGraph(t, seed, 60, 8, 90)
		rng := rand.New(rand.NewPCG(seed, 99))
		for trial := 0; trial < 40; trial++ {
			a, b := slugs[rng.IntN(len(slugs))], slugs[rng.IntN(len(slugs))]
			if _, err := s.Entity(ctx, a); err != nil {
				continue // not mentioned by any fact
			}
			if _, err := s.Entity(ctx, b); err != nil {
				continue
			}
			want := distance(adj, a, b)
			p, ok, err := s.ShortestPath(ctx, a, b, graph.TraverseOptions{MaxHops: graph.MaxHops})
			if err != nil {
				t.Fatal(err)
			}
			if ok != (want >= 0 && want <= graph.MaxHops) {
				t.Fatalf("seed %d %s→%s: found %v, oracle distance %d", seed, a, b, ok, want)
			}
			if !ok {
				continue
			}
			if len(p.Steps) != want {
				t.Fatalf("seed %d %s→%s: %d hops, oracle %d", seed, a, b, len(p.Steps), want)
			}
			checkWalk(t, p, a, b)
			ps, err := s.Paths(ctx, a, b, 4, graph.TraverseOptions{MaxHops: graph.MaxHops})
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for i, q := range ps {
				checkWalk(t, q, a, b)
				key := fmt.Sprint(q.Nodes)
				if seen[key] {
					t.Fatalf("path %d repeats an earlier one", i)
				}
				seen[key] = true
				if i > 0 && len(q.Steps) < len(ps[i-1].Steps) {
					t.Fatalf("paths out of order: %d hops after %d", len(q.Steps), len(ps[i-1].Steps))
				}
			}
			if len(ps[0].Steps) != want {
				t.Fatalf("first of k paths has %d hops, want %d", len(ps[0].Steps), want)
			}
		}
	}
}

// checkWalk asserts p goes from a to b, visits no entity twice, and that each
// step is a link between its two entities.
func checkWalk(t *testing.T, p graph.Path, a, b string) {
	t.Helper()
	if p.Nodes[0].Slug != a || p.Nodes[len(p.Nodes)-1].Slug != b || len(p.Steps) != len(p.Nodes)-1 {
		t.Fatalf("walk from %s to %s is %v", a, b, p.Nodes)
	}
	visited := map[string]bool{}
	for i, n := range p.Nodes {
		if visited[n.Slug] {
			t.Fatalf("walk visits %s twice", n.Slug)
		}
		visited[n.Slug] = true
		if i == len(p.Steps) {
			break
		}
		l, x, y := p.Steps[i].Link, n.Slug, p.Nodes[i+1].Slug
		if !(l.From == x && l.To == y) && !(l.From == y && l.To == x) {
			t.Fatalf("step %d links %s-%s, walk goes %s-%s", i, l.From, l.To, x, y)
		}
		if len(l.Sources) == 0 {
			t.Fatalf("step %d has no source", i)
		}
	}
}

// TestSearchFindsEveryName: on a random graph every entity's own name finds
// it first, and a one-letter typo in a long word still finds it.
func TestSearchFindsEveryName(t *testing.T) {
	s, _, _ := randomGraph(t, 7, 40, 5, 80)
	ctx := context.Background()
	for _, e := range s.Entities(ctx) {
		hits, err := s.Search(ctx, e.Name, nil, 3)
		if err != nil || len(hits) == 0 || hits[0].Entity.Slug != e.Slug || hits[0].Reason != "exact" {
			t.Fatalf("search %q: %v %v", e.Name, err, hits)
		}
	}
	hits, _ := s.Search(ctx, "Allaince 3", nil, 3)
	if len(hits) == 0 || hits[0].Entity.Slug != "alliance-3" {
		t.Errorf("typo search: %v", hits)
	}
}

// TestPathCancelled: a cancelled context stops a search.
func TestPathCancelled(t *testing.T) {
	s, _, _ := randomGraph(t, 11, 300, 20, 600)
	es := s.Entities(context.Background(), schema.TypeCompany)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := s.ShortestPath(ctx, es[0].Slug, es[len(es)-1].Slug, graph.TraverseOptions{MaxHops: graph.MaxHops})
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestPagingProperties: on random graphs, paging any entity's links with
// random page sizes, forwards and backwards, visits every link once, in the
// order of one big page, and the window's counts agree.
func TestPagingProperties(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 3; seed++ {
		s, _, slugs := randomGraph(t, seed, 80, 6, 300)
		rng := rand.New(rand.NewPCG(seed, 5))
		for _, slug := range slugs {
			if _, err := s.Entity(ctx, slug); err != nil {
				continue
			}
			for _, dir := range []graph.Direction{graph.In, graph.Out, graph.Both} {
				key := graph.LinkPageKey{Slug: slug, Relations: graph.JoinRelations(schema.RelMemberOf, schema.RelPartnerOf), Dir: dir,
					Query: graph.PageQuery{First: graph.MaxPage, Last: -1}}
				all, errs := s.LinkPages(ctx, []graph.LinkPageKey{key})
				if errs[0] != nil {
					t.Fatal(errs[0])
				}
				want := all[0].Keys
				if all[0].Total != len(want) {
					t.Fatalf("%s: total %d, one page has %d", slug, all[0].Total, len(want))
				}
				for _, forward := range []bool{true, false} {
					var got []string
					cursor := ""
					for steps := 0; ; steps++ {
						size := 1 + rng.IntN(4)
						q := graph.PageQuery{First: size, Last: -1, After: cursor}
						if !forward {
							q = graph.PageQuery{First: -1, Last: size, Before: cursor}
						}
						k := key
						k.Query = q
						p, errs := s.LinkPages(ctx, []graph.LinkPageKey{k})
						if errs[0] != nil {
							t.Fatal(errs[0])
						}
						pg := p[0]
						if len(pg.Keys) > size || len(pg.Links) != len(pg.Keys) {
							t.Fatalf("%s: page of %d for size %d", slug, len(pg.Keys), size)
						}
						if forward {
							got = append(got, pg.Keys...)
						} else {
							got = append(append([]string{}, pg.Keys...), got...)
						}
						more := pg.HasNext
						if !forward {
							more = pg.HasPrev
						}
						if !more || len(pg.Keys) == 0 {
							break
						}
						if forward {
							cursor = pg.Keys[len(pg.Keys)-1]
						} else {
							cursor = pg.Keys[0]
						}
						if steps > len(want)+1 {
							t.Fatalf("%s: paging does not end", slug)
						}
					}
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Fatalf("%s dir %v forward %v: paged %d links %v, want %d %v", slug, dir, forward, len(got), got, len(want), want)
					}
				}
			}
		}
	}
}
