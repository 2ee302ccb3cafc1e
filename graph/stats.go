package graph

import (
	"context"
	"sync"

	"github.com/telcograph/telcograph/graph/query"
)

// tallyCache holds the whole graph's tally for one version of the graph.
type tallyCache struct {
	mu      sync.Mutex
	version uint64
	ok      bool
	tally   query.Tally
}

// Tally answers query.Stats. The whole graph's tally (slug "") is computed
// once per version of the graph.
func (s *Store) Tally(ctx context.Context, slug string) (query.Tally, error) {
	s.rlock()
	defer s.mu.RUnlock()
	if slug != "" {
		return query.Stats(ctx, s.idx, slug)
	}
	c := &s.tally
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok && c.version == s.version {
		return c.tally, nil
	}
	t, err := query.Stats(ctx, s.idx, "")
	if err != nil {
		return query.Tally{}, err
	}
	c.tally, c.version, c.ok = t, s.version, true
	return t, nil
}
