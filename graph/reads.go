package graph

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// Every read below is one read of the index: it takes the read lock once,
// so it sees the graph between two writes, and answers with a query of
// graph/query, which documents it.

// rlock takes the read lock for one read of the index and counts it.
func (s *Store) rlock() {
	s.reads.Add(1)
	s.mu.RLock()
}

// Reads counts the reads of the index so far: every read method that
// answers a query is one read, whatever it returns. Tests use it to show
// that a page of a GraphQL list costs a bounded number of reads.
func (s *Store) Reads() uint64 { return s.reads.Load() }

// Version increases with every change to the index; readers use it to tell
// whether a cached answer is stale.
func (s *Store) Version() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.version
}

// Stats counts the graph.
func (s *Store) Stats() index.Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.idx.Stats()
}

// SourceQuads returns the quads of one source, as the index holds them.
func (s *Store) SourceQuads(source quad.IRI) []quad.Quad {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.idx.SourceQuads(source)
}

// Labels returns the labels under prefix that hold quads, sorted; the
// review queue lists its reserved labels with it.
func (s *Store) Labels(prefix string) []quad.IRI {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.idx.Labels(prefix)
}

// Quads returns every quad of the graph, or only those of one source when
// source is not empty, sorted by their N-Quads form (so exports are
// deterministic). The reserved labels of the review queue and the history
// (schema.ReservedNS) are no source: Quads leaves them out, and returns
// none for one of them (SourceQuads reads them).
func (s *Store) Quads(ctx context.Context, source quad.IRI) []quad.Quad {
	s.mu.RLock()
	var out []quad.Quad
	switch {
	case schema.IsReserved(source):
	case source != "":
		out = s.idx.SourceQuads(source)
	default:
		out = s.idx.Quads()
	}
	s.mu.RUnlock()
	sort.Sort(quad.ByQuadString(out))
	return out
}

// DurableQuads reads every quad of the durable store, bypassing the index;
// tests use it to check that both hold the same graph.
func (s *Store) DurableQuads(ctx context.Context) ([]quad.Quad, error) {
	if s.pg != nil {
		out, err := bounded(ctx, func(ctx context.Context) ([]quad.Quad, error) {
			var out []quad.Quad
			_, err := s.pg.readAll(ctx, func(q quad.Quad) { out = append(out, q) })
			return out, err
		})
		if err != nil {
			return nil, fmt.Errorf("graph: read store: %w", err)
		}
		return out, nil
	}
	if err := s.lockWrites(ctx); err != nil {
		return nil, err
	}
	err := s.endBulk() // the store must have what the index has
	s.unlockWrites()
	if err != nil {
		return nil, err
	}
	r := cgraph.NewQuadStoreReader(s.qs)
	defer r.Close()
	var out []quad.Quad
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("graph: read store: %w", err)
		}
		out = append(out, q)
	}
}

// Entity answers query.Entity.
func (s *Store) Entity(ctx context.Context, slug string) (schema.Entity, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Entity(s.idx, slug)
}

// EntityByIdentifier answers query.EntityByIdentifier.
func (s *Store) EntityByIdentifier(ctx context.Context, id schema.Identifier) (schema.Entity, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.EntityByIdentifier(s.idx, id)
}

// Entities answers query.Entities.
func (s *Store) Entities(ctx context.Context, types ...schema.EntityType) []schema.Entity {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Entities(s.idx, types...)
}

// EntitiesBySlug answers query.EntitiesBySlug.
func (s *Store) EntitiesBySlug(ctx context.Context, slugs []string) map[string]schema.Entity {
	s.rlock()
	defer s.mu.RUnlock()
	return query.EntitiesBySlug(s.idx, slugs)
}

// Founded answers query.Founded.
func (s *Store) Founded(ctx context.Context, slug string) ([]schema.Link, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Founded(s.idx, slug)
}

// Article answers query.Article.
func (s *Store) Article(ctx context.Context, url string) (schema.Article, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Article(s.idx, url)
}

// Articles answers query.Articles.
func (s *Store) Articles(ctx context.Context, q query.PageQuery) (query.Page[schema.Article], error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Articles(s.idx, q)
}

// Statement answers query.Statement.
func (s *Store) Statement(ctx context.Context, iri quad.IRI) (schema.Statement, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Statement(s.idx, iri)
}

// Statements answers query.Statements.
func (s *Store) Statements(ctx context.Context, f query.StatementFilter, q query.PageQuery) (query.Page[schema.Statement], error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Statements(s.idx, f, q)
}

// StatedMemberCount answers query.StatedMemberCount.
func (s *Store) StatedMemberCount(ctx context.Context, slug string) (query.StatedCount, bool, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.StatedMemberCount(s.idx, slug)
}

// LinkPages answers several query.LinkPage calls in one read.
func (s *Store) LinkPages(ctx context.Context, keys []query.LinkPageKey) ([]query.Page[schema.Link], []error) {
	out := make([]query.Page[schema.Link], len(keys))
	errs := make([]error, len(keys))
	s.rlock()
	defer s.mu.RUnlock()
	for i, k := range keys {
		out[i], errs[i] = query.LinkPage(s.idx, k)
	}
	return out, errs
}

// LinkPagesAndEntities answers several query.LinkPage calls and reads the
// entities at the far end (query.FarEnd) of every link they return, all in
// one read, so a page of links and its nodes cost one read whatever the
// page's size. A far end without an entity is left out of the map.
func (s *Store) LinkPagesAndEntities(ctx context.Context, keys []query.LinkPageKey) ([]query.Page[schema.Link], []error, map[string]schema.Entity) {
	out := make([]query.Page[schema.Link], len(keys))
	errs := make([]error, len(keys))
	var slugs []string
	s.rlock()
	defer s.mu.RUnlock()
	for i, k := range keys {
		out[i], errs[i] = query.LinkPage(s.idx, k)
		for _, l := range out[i].Items {
			far, _ := query.FarEnd(l, k.Slug)
			slugs = append(slugs, far)
		}
	}
	return out, errs, query.EntitiesBySlug(s.idx, slugs)
}

// Paths answers query.Paths.
func (s *Store) Paths(ctx context.Context, from, to string, k int, opt query.TraverseOptions) ([]query.Path, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Paths(ctx, s.idx, from, to, k, opt)
}

// Neighbourhood answers query.Neighbourhood.
func (s *Store) Neighbourhood(ctx context.Context, slug string, depth, limit int, opt query.TraverseOptions) (query.Subgraph, error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.Neighbourhood(ctx, s.idx, slug, depth, limit, opt)
}

// Timeline answers query.TimelineOf.
func (s *Store) Timeline(ctx context.Context, slug string, opt query.TimelineOptions, q query.PageQuery) (query.Page[query.Event], error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.TimelineOf(s.idx, slug, opt, q)
}

// CoMembers answers query.CoMembers.
func (s *Store) CoMembers(ctx context.Context, slug string, q query.PageQuery) (query.Page[query.CoMember], error) {
	return s.CoMembersOf(ctx, slug, q, true)
}

// CoMembersOf answers query.CoMembersOf.
func (s *Store) CoMembersOf(ctx context.Context, slug string, q query.PageQuery, shared bool) (query.Page[query.CoMember], error) {
	s.rlock()
	defer s.mu.RUnlock()
	return query.CoMembersOf(ctx, s.idx, slug, q, shared)
}

// List answers query.List.
func (s *Store) List(ctx context.Context, opt query.ListOptions, q query.PageQuery) (query.Page[query.Ranked], error) {
	s.rlock()
	defer s.mu.RUnlock()
	counts, err := s.countsLocked(ctx)
	if err != nil {
		return query.Page[query.Ranked]{}, err
	}
	return query.List(ctx, s.idx, counts, opt, q)
}

// CommonAlliances answers query.CommonAlliances.
func (s *Store) CommonAlliances(ctx context.Context, slugs []string, q query.PageQuery) (query.Page[query.Ranked], error) {
	s.rlock()
	defer s.mu.RUnlock()
	counts, err := s.countsLocked(ctx)
	if err != nil {
		return query.Page[query.Ranked]{}, err
	}
	return query.CommonAlliances(s.idx, counts, slugs, q)
}

// Search answers query.Search.
func (s *Store) Search(ctx context.Context, text string, types []schema.EntityType, q query.PageQuery) (query.Page[query.SearchHit], error) {
	s.rlock()
	defer s.mu.RUnlock()
	counts, err := s.countsLocked(ctx)
	if err != nil {
		return query.Page[query.SearchHit]{}, err
	}
	return query.Search(ctx, s.idx, counts, text, types, q)
}

// countsCache holds every entity's counts for one version of the graph.
type countsCache struct {
	mu      sync.Mutex
	version uint64
	counts  map[string]query.Counts
}

// countsLocked returns every entity's counts, computed once per version of
// the graph; the caller holds the read lock.
func (s *Store) countsLocked(ctx context.Context) (map[string]query.Counts, error) {
	c := &s.counts
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts != nil && c.version == s.version {
		return c.counts, nil
	}
	counts, err := query.CountAll(ctx, s.idx)
	if err != nil {
		return nil, err
	}
	c.counts, c.version = counts, s.version
	return counts, nil
}
