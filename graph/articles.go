package graph

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/graph/text"
)

// syncText brings the text index in step with the serving index for the
// sources a write changed. The caller holds the write lock.
func (s *Store) syncText(sources ...quad.IRI) {
	for _, src := range sources {
		s.text.Sync(src, s.idx.SourceQuads(src))
	}
}

// SearchArticles answers text.Articles: the articles a filter selects, a
// page of them with the text's highlights, and facets over all of them.
func (s *Store) SearchArticles(ctx context.Context, f text.ArticleFilter, q query.PageQuery) (query.Page[text.ArticleHit], text.Facets, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return text.Articles(s.idx, s.text, f, q)
}
