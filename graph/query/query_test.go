package query_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

// corpusIndex builds an index holding the development corpus, one source at
// a time, as graph.Store does.
func corpusIndex(t testing.TB) *index.Index {
	t.Helper()
	x := index.New()
	for src, qs := range storetest.Corpus(t, "../..") {
		x.Apply(x.Diff(src, qs))
	}
	return x
}

// replace makes quads the content of source in x.
func replace(x *index.Index, source quad.IRI, quads []quad.Quad) {
	x.Apply(x.Diff(source, quads))
}

// whole asks for a list's first page of the greatest size.
var whole = query.PageQuery{First: query.MaxPage, Last: -1}

// search answers Search's first page of n hits.
func search(t testing.TB, x *index.Index, text string, types []schema.EntityType, n int) ([]query.SearchHit, error) {
	t.Helper()
	counts, err := query.CountAll(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	p, err := query.Search(context.Background(), x, counts, text, types, query.PageQuery{First: n, Last: -1})
	return p.Items, err
}

// shortestPath is the first of Paths, and whether there is one.
func shortestPath(ctx context.Context, x *index.Index, from, to string, opt query.TraverseOptions) (query.Path, bool, error) {
	ps, err := query.Paths(ctx, x, from, to, 1, opt)
	if err != nil || len(ps) == 0 {
		return query.Path{}, false, err
	}
	return ps[0], true, nil
}

// linksOf reads one relation's links at slug, a page of the greatest size.
func linksOf(t testing.TB, x *index.Index, slug string, rel schema.Relation, dir query.Direction, asOf schema.Date) []schema.Link {
	t.Helper()
	q := whole
	q.AsOf = asOf
	p, err := query.LinkPage(x, query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(rel), Dir: dir, Query: q})
	if err != nil {
		t.Fatal(err)
	}
	return p.Items
}
