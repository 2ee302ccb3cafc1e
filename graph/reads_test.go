package graph_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// TestLinkPagesAndEntities: pages of links with the entities at their far
// ends in one read give the pages LinkPages gives and the entities
// EntitiesBySlug gives for those far ends; an unknown slug is an error in
// its place only.
func TestLinkPagesAndEntities(t *testing.T) {
	ctx := context.Background()
	g := synth.Generate(synth.Options{Quads: 3000, Seed: 3})
	s, err := graph.Open(ctx, "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var batch []schema.Source
	for _, a := range g.Articles {
		one := &synth.Graph{Register: g.Register, Articles: []schema.Article{a}}
		batch = append(batch, schema.Source{IRI: a.IRI(), Quads: one.QuadsOf()})
	}
	if _, err := s.ReplaceSources(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var keys []query.LinkPageKey
	for _, e := range s.Entities(ctx, schema.TypeAlliance, schema.TypeCompany) {
		keys = append(keys,
			query.LinkPageKey{Slug: e.Slug, Relations: query.JoinRelations(schema.RelMemberOf), Dir: query.In, Query: query.PageQuery{First: 5, Last: -1}},
			query.LinkPageKey{Slug: e.Slug, Relations: query.JoinRelations(schema.RelPartnerOf), Dir: query.Both, Query: query.PageQuery{First: -1, Last: 3}})
	}
	keys = append(keys, query.LinkPageKey{Slug: "no-such-entity", Relations: query.JoinRelations(schema.RelMemberOf), Query: query.PageQuery{First: 1, Last: -1}})

	before := s.Reads()
	pages, errs, ents := s.LinkPagesAndEntities(ctx, keys)
	if n := s.Reads() - before; n != 1 {
		t.Errorf("%d reads for %d pages, want 1", n, len(keys))
	}
	wantPages, wantErrs := s.LinkPages(ctx, keys)
	if diff := cmp.Diff(wantPages, pages); diff != "" {
		t.Errorf("pages (-LinkPages +LinkPagesAndEntities):\n%s", diff)
	}
	var far []string
	links := 0
	for i, k := range keys {
		if (errs[i] == nil) != (wantErrs[i] == nil) {
			t.Errorf("%v: err %v, LinkPages says %v", k, errs[i], wantErrs[i])
		}
		for _, l := range pages[i].Items {
			slug, _ := query.FarEnd(l, k.Slug)
			far = append(far, slug)
			links++
		}
	}
	if links == 0 || errs[len(errs)-1] == nil {
		t.Fatalf("%d links, unknown slug err %v: the fixture does not test much", links, errs[len(errs)-1])
	}
	if diff := cmp.Diff(s.EntitiesBySlug(ctx, far), ents); diff != "" {
		t.Errorf("entities (-EntitiesBySlug +LinkPagesAndEntities):\n%s", diff)
	}
}

// TestFarEnd: the far end of a link is its To seen from its From, and its
// From seen from its To.
func TestFarEnd(t *testing.T) {
	tests := []struct {
		name     string
		link     schema.Link
		from     string
		wantSlug string
		wantDir  query.Direction
	}{
		{"from the subject", schema.Link{From: "a", To: "b"}, "a", "b", query.Out},
		{"from the object", schema.Link{From: "a", To: "b"}, "b", "a", query.In},
		{"a loop", schema.Link{From: "a", To: "a"}, "a", "a", query.Out},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slug, dir := query.FarEnd(tt.link, tt.from)
			if slug != tt.wantSlug || dir != tt.wantDir {
				t.Errorf("FarEnd = %s, %v; want %s, %v", slug, dir, tt.wantSlug, tt.wantDir)
			}
		})
	}
}
