package graph_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/graph/text"
	"github.com/telcograph/telcograph/schema"
)

// TestTextFollowsWrites checks that the text index is kept in step with
// every write (replace, remove) and rebuilt when a store is reopened.
func TestTextFollowsWrites(t *testing.T) {
	ctx := context.Background()
	url := "bolt://" + filepath.Join(t.TempDir(), "text.db")
	s, err := graph.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	src := quad.IRI("https://news.example/1")
	article := func(headline string) []quad.Quad {
		return []quad.Quad{
			{Subject: src, Predicate: schema.RDFType, Object: schema.ClassArticle, Label: src},
			{Subject: src, Predicate: schema.Headline, Object: quad.String(headline), Label: src},
			{Subject: src, Predicate: schema.ArticleBody, Object: quad.String("The whole text, as the graph holds it."), Label: src},
		}
	}
	found := func(s *graph.Store, q string) int {
		t.Helper()
		p, _, err := s.SearchArticles(ctx, text.ArticleFilter{Text: q}, query.PageQuery{First: 10, Last: -1})
		if err != nil {
			t.Fatal(err)
		}
		return p.Total
	}
	if _, err := s.ReplaceSource(ctx, src, article("Nokia wins a 6G deal")); err != nil {
		t.Fatal(err)
	}
	if n := found(s, "nokia"); n != 1 {
		t.Errorf("after the write: %d articles with nokia, want 1", n)
	}
	if n := found(s, `"as the graph holds"`); n != 1 {
		t.Errorf("the article's text: %d articles, want 1", n)
	}
	if _, err := s.ReplaceSource(ctx, src, article("Ericsson wins a 6G deal")); err != nil {
		t.Fatal(err)
	}
	if n, m := found(s, "nokia"), found(s, "ericsson"); n != 0 || m != 1 {
		t.Errorf("after the rewrite: nokia %d, ericsson %d; want 0 and 1", n, m)
	}
	s.Close()
	if s, err = graph.Open(ctx, url); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := found(s, "ericsson"); n != 1 {
		t.Errorf("after reopening: %d articles with ericsson, want 1", n)
	}
	if _, err := s.RemoveSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if n := found(s, "ericsson"); n != 0 {
		t.Errorf("after the removal: %d articles, want 0", n)
	}
}
