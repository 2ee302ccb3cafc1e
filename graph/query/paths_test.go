package query_test

import (
	"context"
	"errors"
	"testing"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

func TestPathLablupToDeutscheTelekom(t *testing.T) {
	x := corpusIndex(t)
	p, ok, err := shortestPath(context.Background(), x, "lablup", "deutsche-telekom", query.TraverseOptions{})
	if err != nil || !ok {
		t.Fatalf("ok %v err %v", ok, err)
	}
	var slugs []string
	for _, n := range p.Nodes {
		slugs = append(slugs, n.Slug)
	}
	if len(p.Steps) != 4 || slugs[1] != "k-ai-alliance" || slugs[2] != "sk-telecom" {
		t.Fatalf("path %v, want 4 hops through k-ai-alliance and sk-telecom", slugs)
	}
	if slugs[3] != "gtaa" && slugs[3][:3] != "jv-" {
		t.Errorf("third hop %s, want gtaa or the joint venture", slugs[3])
	}
	for i, st := range p.Steps {
		if len(st.Link.Sources) == 0 {
			t.Errorf("step %d (%s) has no source", i, st.Link.Relation)
		}
		from, to := slugs[i], slugs[i+1]
		if st.Dir == query.In {
			from, to = to, from
		}
		if st.Link.From != from || st.Link.To != to {
			t.Errorf("step %d: link %s→%s, walked %s→%s dir %v", i, st.Link.From, st.Link.To, slugs[i], slugs[i+1], st.Dir)
		}
	}
	ps, err := query.Paths(context.Background(), x, "lablup", "deutsche-telekom", 3, query.TraverseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 2 || len(ps[0].Steps) > len(ps[1].Steps) {
		t.Errorf("got %d paths; want at least 2, shortest first", len(ps))
	}
}

func TestPathLimits(t *testing.T) {
	x := corpusIndex(t)
	ctx := context.Background()
	if _, _, err := shortestPath(ctx, x, "lablup", "nobody", query.TraverseOptions{}); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("unknown slug: err = %v", err)
	}
	if _, _, err := shortestPath(ctx, x, "lablup", "deutsche-telekom", query.TraverseOptions{EdgeBudget: 5}); !errors.Is(err, schema.ErrLimit) {
		t.Errorf("tiny budget: err = %v, want ErrLimit", err)
	}
	if _, ok, err := shortestPath(ctx, x, "lablup", "deutsche-telekom", query.TraverseOptions{MaxHops: 3}); ok || err != nil {
		t.Errorf("maxHops 3: ok %v err %v, want no path", ok, err)
	}
	// Country links are not followed by default.
	if _, ok, _ := shortestPath(ctx, x, "lablup", "sk-telecom", query.TraverseOptions{Relations: []schema.Relation{schema.RelHeadquarteredIn}}); !ok {
		t.Error("lablup and sk-telecom share KR: want a path over headquarteredIn when asked")
	}
}

func TestNeighbourhood(t *testing.T) {
	x := corpusIndex(t)
	g, err := query.Neighbourhood(context.Background(), x, "sk-telecom", 1, 0, query.TraverseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, n := range g.Nodes {
		have[n.Slug] = true
	}
	for _, want := range []string{"sk-telecom", "k-ai-alliance", "gtaa", "ryu-young-sang", "nvidia"} {
		if !have[want] {
			t.Errorf("neighbourhood lacks %s", want)
		}
	}
	if have["KR"] {
		t.Error("a country is in the default neighbourhood")
	}
	for _, e := range g.Edges {
		if !have[e.From] || !have[e.To] {
			t.Errorf("edge %s→%s leaves the subgraph", e.From, e.To)
		}
	}
	small, _ := query.Neighbourhood(context.Background(), x, "sk-telecom", 2, 3, query.TraverseOptions{})
	if len(small.Nodes) != 3 || !small.Truncated {
		t.Errorf("limit 3: %d nodes, truncated %v", len(small.Nodes), small.Truncated)
	}
	if _, err := query.Neighbourhood(context.Background(), x, "sk-telecom", 4, 0, query.TraverseOptions{}); !errors.Is(err, schema.ErrLimit) {
		t.Errorf("depth 4: err = %v, want ErrLimit", err)
	}
}
