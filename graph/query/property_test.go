package query_test

import (
	stdcmp "cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// randomGraph loads a random graph of companies and alliances into an
// index and returns it with its adjacency (undirected, over the relations
// paths follow) as an oracle.
func randomGraph(t *testing.T, seed uint64, companies, alliances, nFacts int) (*index.Index, map[string][]string, []string) {
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
	x := index.New()
	var article schema.Article
	for i := 0; i < nFacts; i++ {
		if i%20 == 0 {
			if i > 0 {
				replace(x, article.IRI(), facts.Quads(article, reg))
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
	replace(x, article.IRI(), facts.Quads(article, reg))
	return x, adj, slugs
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
		x, adj, slugs := randomGraph(t, seed, 60, 8, 90)
		rng := rand.New(rand.NewPCG(seed, 99))
		for trial := 0; trial < 40; trial++ {
			a, b := slugs[rng.IntN(len(slugs))], slugs[rng.IntN(len(slugs))]
			if _, err := query.Entity(x, a); err != nil {
				continue // not mentioned by any fact
			}
			if _, err := query.Entity(x, b); err != nil {
				continue
			}
			want := distance(adj, a, b)
			p, ok, err := shortestPath(ctx, x, a, b, query.TraverseOptions{MaxHops: query.MaxHops})
			if err != nil {
				t.Fatal(err)
			}
			if ok != (want >= 0 && want <= query.MaxHops) {
				t.Fatalf("seed %d %s→%s: found %v, oracle distance %d", seed, a, b, ok, want)
			}
			if !ok {
				continue
			}
			if len(p.Steps) != want {
				t.Fatalf("seed %d %s→%s: %d hops, oracle %d", seed, a, b, len(p.Steps), want)
			}
			checkWalk(t, p, a, b)
			ps, err := query.Paths(ctx, x, a, b, 4, query.TraverseOptions{MaxHops: query.MaxHops})
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
func checkWalk(t *testing.T, p query.Path, a, b string) {
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
		l, u, v := p.Steps[i].Link, n.Slug, p.Nodes[i+1].Slug
		if !(l.From == u && l.To == v) && !(l.From == v && l.To == u) {
			t.Fatalf("step %d links %s-%s, walk goes %s-%s", i, l.From, l.To, u, v)
		}
		if len(l.Sources) == 0 {
			t.Fatalf("step %d has no source", i)
		}
	}
}

// TestSearchFindsEveryName: on a random graph every entity's own name finds
// it first, and a one-letter typo in a long word still finds it.
func TestSearchFindsEveryName(t *testing.T) {
	x, _, _ := randomGraph(t, 7, 40, 5, 80)
	for _, e := range query.Entities(x) {
		hits, err := search(t, x, e.Name, nil, 3)
		if err != nil || len(hits) == 0 || hits[0].Entity.Slug != e.Slug || hits[0].Reason != "exact" {
			t.Fatalf("search %q: %v %v", e.Name, err, hits)
		}
	}
	hits, _ := search(t, x, "Allaince 3", nil, 3)
	if len(hits) == 0 || hits[0].Entity.Slug != "alliance-3" {
		t.Errorf("typo search: %v", hits)
	}
}

// TestPathCancelled: a cancelled context stops a search.
func TestPathCancelled(t *testing.T) {
	x, _, _ := randomGraph(t, 11, 300, 20, 600)
	es := query.Entities(x, schema.TypeCompany)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := shortestPath(ctx, x, es[0].Slug, es[len(es)-1].Slug, query.TraverseOptions{MaxHops: query.MaxHops})
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestPagingProperties: on random graphs, paging every kind of list with
// random page sizes, forwards and backwards, visits every item once, in the
// order of the whole list, and the windows' counts agree.
func TestPagingProperties(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 3; seed++ {
		x, _, slugs := randomGraph(t, seed, 80, 6, 300)
		rng := rand.New(rand.NewPCG(seed, 5))
		counts, err := query.CountAll(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		for _, slug := range slugs {
			if _, err := query.Entity(x, slug); err != nil {
				continue
			}
			for _, dir := range []query.Direction{query.In, query.Out, query.Both} {
				key := query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(schema.RelMemberOf, schema.RelPartnerOf), Dir: dir}
				checkPaging(t, rng, fmt.Sprintf("links of %s, dir %v", slug, dir), true, func(q query.PageQuery) (query.Page[schema.Link], error) {
					k := key
					k.Query = q
					return query.LinkPage(x, k)
				})
			}
			checkPaging(t, rng, "co-members of "+slug, true, func(q query.PageQuery) (query.Page[query.CoMember], error) {
				return query.CoMembers(ctx, x, slug, q)
			})
		}
		checkPaging(t, rng, "articles", true, func(q query.PageQuery) (query.Page[schema.Article], error) {
			return query.Articles(x, q)
		})
		checkPaging(t, rng, "facts", true, func(q query.PageQuery) (query.Page[schema.Statement], error) {
			return query.Statements(x, query.StatementFilter{}, q)
		})
		checkPaging(t, rng, "entities by degree", true, func(q query.PageQuery) (query.Page[query.Ranked], error) {
			return query.List(ctx, x, counts, query.ListOptions{OrderBy: query.ByDegree}, q)
		})
		// Search pages forwards only: its pages are ranked up to their end.
		checkPaging(t, rng, "search", false, func(q query.PageQuery) (query.Page[query.SearchHit], error) {
			return query.Search(ctx, x, counts, "company", nil, q)
		})
	}
}

// checkPaging reads a whole list a page of MaxPage at a time, then again in
// pages of random sizes, forwards and (when backwards) backwards from the
// end, and asserts that every reading visits the same keys in the same
// ascending order, as many as Total says.
func checkPaging[T any](t *testing.T, rng *rand.Rand, what string, backwards bool, page func(query.PageQuery) (query.Page[T], error)) {
	t.Helper()
	read := func(q query.PageQuery, size int) query.Page[T] {
		t.Helper()
		p, err := page(q)
		if err != nil {
			t.Fatalf("%s: %+v: %v", what, q, err)
		}
		if len(p.Keys) > size || len(p.Items) != len(p.Keys) || p.To-p.From != len(p.Keys) {
			t.Fatalf("%s: page %+v of %d items, %d keys, for size %d", what, p.Window, len(p.Items), len(p.Keys), size)
		}
		return p
	}
	want := []string{}
	total := -1
	for after := ""; ; {
		p := read(query.PageQuery{First: query.MaxPage, Last: -1, After: after}, query.MaxPage)
		if total >= 0 && p.Total != total {
			t.Fatalf("%s: total went from %d to %d", what, total, p.Total)
		}
		total = p.Total
		want = append(want, p.Keys...)
		if !p.HasNext || len(p.Keys) == 0 || len(want) > total {
			break
		}
		after = p.Keys[len(p.Keys)-1]
	}
	if len(want) != total || !sort.StringsAreSorted(want) {
		t.Fatalf("%s: %d keys for a total of %d, sorted %v", what, len(want), total, sort.StringsAreSorted(want))
	}
	for _, forward := range []bool{true, false} {
		if !forward && !backwards {
			continue
		}
		got := []string{}
		cursor := ""
		for steps := 0; ; steps++ {
			size := 1 + rng.IntN(max(4, total/8))
			q := query.PageQuery{First: size, Last: -1, After: cursor}
			if !forward {
				q = query.PageQuery{First: -1, Last: size, Before: cursor}
			}
			p := read(q, size)
			if p.Total != total {
				t.Fatalf("%s: page total %d, want %d", what, p.Total, total)
			}
			more := p.HasNext
			if forward {
				got = append(got, p.Keys...)
			} else {
				got = append(append([]string{}, p.Keys...), got...)
				more = p.HasPrev
			}
			if !more || len(p.Keys) == 0 {
				break
			}
			if forward {
				cursor = p.Keys[len(p.Keys)-1]
			} else {
				cursor = p.Keys[0]
			}
			if steps > total+1 {
				t.Fatalf("%s: paging does not end", what)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s, forward %v: paged keys differ from the whole list (-want +got):\n%s", what, forward, diff)
		}
	}
}

// TestCoMembersOrder: on random graphs where companies share several
// alliances, co-members come most shared alliances first, then in the
// member lists' order (SortKey, then id), as a count and a sort of every
// member of every alliance of the company give them.
func TestCoMembersOrder(t *testing.T) {
	ctx := context.Background()
	for seed := uint64(1); seed <= 3; seed++ {
		x, _, slugs := randomGraph(t, seed, 60, 5, 400)
		memberOf, _ := x.Lookup(schema.MemberOf)
		several := 0
		for _, slug := range slugs {
			id, ok := x.Lookup(schema.EntityIRI(slug))
			if !ok {
				continue
			}
			shared := map[index.ID]int{}
			for _, a := range x.Linked(id, memberOf, index.SideOut) {
				for _, u := range x.Linked(a, memberOf, index.SideIn) {
					if u != id {
						shared[u]++
					}
				}
			}
			var ids []index.ID
			for u, n := range shared {
				ids = append(ids, u)
				if n > 1 {
					several++
				}
			}
			slices.SortFunc(ids, func(a, b index.ID) int {
				return stdcmp.Or(shared[b]-shared[a], strings.Compare(x.SortKey(a), x.SortKey(b)), stdcmp.Compare(a, b))
			})
			var want []string
			for _, u := range ids {
				want = append(want, x.Slug(u))
			}
			p, err := query.CoMembers(ctx, x, slug, whole)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range p.Items {
				got = append(got, c.Slug)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("seed %d: co-members of %s (-want +got):\n%s", seed, slug, diff)
			}
		}
		if several == 0 {
			t.Fatalf("seed %d: no company shares two alliances with another: the test compares little", seed)
		}
	}
}
