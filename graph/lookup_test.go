package graph_test

import (
	"context"
	"errors"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

// corpusStore opens a memory store holding the development corpus.
func corpusStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for src, qs := range storetest.Corpus(t, "..") {
		if _, err := s.ReplaceSource(ctx, src, qs); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestSearch(t *testing.T) {
	s := corpusStore(t)
	tests := []struct {
		text      string
		wantFirst string
		reason    string
	}{
		{"SKT", "sk-telecom", "alias"},
		{"skt", "sk-telecom", "alias"},
		{"DT", "deutsche-telekom", "alias"},
		{"e&", "e-and", "exact"},
		{"E&", "e-and", "exact"},
		{"Deutsche Tel", "deutsche-telekom", "prefix"},
		{"Deutche Telekom", "deutsche-telekom", "typo"},
		{"Duetsche Telecom", "deutsche-telekom", "typo"},
		{"Duetsche", "deutsche-telekom", "fuzzy"},
		{"telekom", "deutsche-telekom", "words"},
		{"GTAA", "gtaa", "alias"},
		{"global telco", "gtaa", "prefix"},
		{"Open Telco", "open-telco-ai", "prefix"},
		{"k-ai", "k-ai-alliance", "prefix"},
		{"SK Telekom", "sk-telecom", "typo"},
		{"softbank", "softbank-group", "alias"},
		{"Sàpeon", "sapeon", "exact"},
		{"  LABLUP ", "lablup", "exact"},
		{"Alex Choi", "alex-jinsung-choi", "words"},
		{"telco ai", "open-telco-ai", "words"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.text, nil, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			if hits[0].Entity.Slug != tt.wantFirst || hits[0].Reason != tt.reason {
				t.Errorf("first hit %s (%s, %d), want %s (%s); all: %v", hits[0].Entity.Slug, hits[0].Reason, hits[0].Score, tt.wantFirst, tt.reason, slugsOf(hits))
			}
		})
	}
}

func slugsOf(hits []graph.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Entity.Slug+":"+h.Reason)
	}
	return out
}

func TestSearchTypesAndErrors(t *testing.T) {
	s := corpusStore(t)
	hits, err := s.Search(context.Background(), "alliance", []schema.EntityType{schema.TypeAlliance}, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Entity.Type != schema.TypeAlliance {
			t.Errorf("hit %s is a %s", h.Entity.Slug, h.Entity.Type)
		}
	}
	if len(hits) < 4 {
		t.Errorf("only %d alliances match 'alliance'", len(hits))
	}
	if _, err := s.Search(context.Background(), "   ", nil, 5); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("empty search: err = %v, want ErrInvalid", err)
	}
	if hits, _ := s.Search(context.Background(), "zzzzqqqq", nil, 5); len(hits) != 0 {
		t.Errorf("nonsense found %v", slugsOf(hits))
	}
}

func TestPathLablupToDeutscheTelekom(t *testing.T) {
	s := corpusStore(t)
	p, ok, err := s.ShortestPath(context.Background(), "lablup", "deutsche-telekom", graph.TraverseOptions{})
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
		if st.Dir == graph.In {
			from, to = to, from
		}
		if st.Link.From != from || st.Link.To != to {
			t.Errorf("step %d: link %s→%s, walked %s→%s dir %v", i, st.Link.From, st.Link.To, slugs[i], slugs[i+1], st.Dir)
		}
	}
	ps, err := s.Paths(context.Background(), "lablup", "deutsche-telekom", 3, graph.TraverseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 2 || len(ps[0].Steps) > len(ps[1].Steps) {
		t.Errorf("got %d paths; want at least 2, shortest first", len(ps))
	}
}

func TestPathLimits(t *testing.T) {
	s := corpusStore(t)
	ctx := context.Background()
	if _, _, err := s.ShortestPath(ctx, "lablup", "nobody", graph.TraverseOptions{}); !errors.Is(err, schema.ErrNotFound) {
		t.Errorf("unknown slug: err = %v", err)
	}
	if _, _, err := s.ShortestPath(ctx, "lablup", "deutsche-telekom", graph.TraverseOptions{EdgeBudget: 5}); !errors.Is(err, schema.ErrLimit) {
		t.Errorf("tiny budget: err = %v, want ErrLimit", err)
	}
	if _, ok, err := s.ShortestPath(ctx, "lablup", "deutsche-telekom", graph.TraverseOptions{MaxHops: 3}); ok || err != nil {
		t.Errorf("maxHops 3: ok %v err %v, want no path", ok, err)
	}
	// Country links are not followed by default.
	if _, ok, _ := s.ShortestPath(ctx, "lablup", "sk-telecom", graph.TraverseOptions{Relations: []schema.Relation{schema.RelHeadquarteredIn}}); !ok {
		t.Error("lablup and sk-telecom share KR: want a path over headquarteredIn when asked")
	}
}

func TestNeighbourhood(t *testing.T) {
	s := corpusStore(t)
	g, err := s.Neighbourhood(context.Background(), "sk-telecom", 1, 0, graph.TraverseOptions{})
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
	small, _ := s.Neighbourhood(context.Background(), "sk-telecom", 2, 3, graph.TraverseOptions{})
	if len(small.Nodes) != 3 || !small.Truncated {
		t.Errorf("limit 3: %d nodes, truncated %v", len(small.Nodes), small.Truncated)
	}
	if _, err := s.Neighbourhood(context.Background(), "sk-telecom", 4, 0, graph.TraverseOptions{}); !errors.Is(err, schema.ErrLimit) {
		t.Errorf("depth 4: err = %v, want ErrLimit", err)
	}
}

func TestMembersAsOf(t *testing.T) {
	s := corpusStore(t)
	day := func(y, m, d int) schema.Date {
		return schema.Date{Year: y, Month: m, Day: d, Precision: schema.PrecisionDay}
	}
	tests := []struct {
		asOf schema.Date
		want int
	}{
		{day(2023, 1, 31), 0},
		{day(2023, 2, 1), 7},
		{day(2024, 6, 30), 7},
		{day(2024, 7, 15), 9},
		{schema.Date{Year: 2024, Month: 7, Precision: schema.PrecisionMonth}, 9},
	}
	for _, tt := range tests {
		ms, err := s.Members(context.Background(), "k-ai-alliance", tt.asOf)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != tt.want {
			t.Errorf("as of %s: %d members, want %d", tt.asOf, len(ms), tt.want)
		}
	}
}

func TestTimelineAndCounts(t *testing.T) {
	s := corpusStore(t)
	ctx := context.Background()
	ev, err := s.Timeline(ctx, "k-ai-alliance")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ev {
		got = append(got, e.Date.String()+" "+e.Kind)
	}
	if len(got) < 3 || got[0] != "2023-02 founded" || got[len(got)-1] != "2024-07 start" {
		t.Errorf("timeline %v: want the founding first and the 2024-07 joins last", got)
	}
	top, err := s.List(ctx, graph.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, OrderBy: graph.ByMembers})
	if err != nil {
		t.Fatal(err)
	}
	if top[0].Entity.Slug != "k-ai-alliance" || top[0].Members != 9 {
		t.Errorf("largest alliance %s with %d members, want k-ai-alliance with 9", top[0].Entity.Slug, top[0].Members)
	}
	big, _ := s.List(ctx, graph.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, MinMembers: 5})
	if len(big) != 2 {
		t.Errorf("alliances with at least 5 members: %d, want 2 (K-AI, GTAA)", len(big))
	}
	common, _ := s.CommonAlliances(ctx, "singtel", "deutsche-telekom")
	if diff := cmp.Diff([]string{"gtaa"}, entitySlugs(common)); diff != "" {
		t.Errorf("common alliances (-want +got):\n%s", diff)
	}
	co, _ := s.CoMembers(ctx, "singtel")
	if len(co) != 4 {
		t.Errorf("singtel co-members: %d, want 4 (DT, e&, SKT, SoftBank Group)", len(co))
	}
	kr, _ := s.List(ctx, graph.ListOptions{Country: "KR", Types: []schema.EntityType{schema.TypeCompany}})
	if len(kr) != 5 {
		t.Errorf("companies attributed to KR: %d, want 5", len(kr))
	}
}

func entitySlugs(es []schema.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Slug)
	}
	return out
}

// TestNameFollowsSources: an entity named differently by two sources takes
// the least name; removing that source gives it the other's.
func TestNameFollowsSources(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	iri := schema.EntityIRI("acme")
	for _, src := range []struct{ url, name string }{{"https://a.example/1", "Acme Corp"}, {"https://a.example/2", "ACME"}} {
		label := quad.IRI(src.url)
		if _, err := s.ReplaceSource(ctx, label, []quad.Quad{
			{Subject: iri, Predicate: schema.RDFType, Object: schema.ClassCompany, Label: label},
			{Subject: iri, Predicate: schema.Name, Object: quad.String(src.name), Label: label},
		}); err != nil {
			t.Fatal(err)
		}
	}
	e, _ := s.Entity(ctx, "acme")
	hits, _ := s.Search(ctx, "acme", nil, 1)
	if e.Name != "ACME" || len(hits) != 1 || hits[0].Entity.Name != "ACME" {
		t.Errorf("name %q, search %v; want ACME", e.Name, hits)
	}
	s.RemoveSource(ctx, "https://a.example/2")
	e, _ = s.Entity(ctx, "acme")
	hits, _ = s.Search(ctx, "acme corp", nil, 1)
	if e.Name != "Acme Corp" || len(hits) != 1 || hits[0].Entity.Name != "Acme Corp" {
		t.Errorf("after removing a source: name %q, search %v; want Acme Corp", e.Name, hits)
	}
	if hits, _ := s.Search(ctx, "ACME", nil, 5); len(hits) != 1 || hits[0].Reason != "prefix" {
		t.Errorf("the removed name still matches exactly: %v", hits)
	}
}
