package query

import (
	"context"
	"fmt"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Neighbourhood limits.
const (
	MaxNeighbourhood          = 3 // depth
	DefaultNeighbourhoodLimit = 200
	MaxNeighbourhoodLimit     = 2000
)

// Subgraph is a part of the graph shaped for a graph view: entities and the
// links among them. Truncated is true when the node limit cut it short.
type Subgraph struct {
	Nodes     []schema.Entity
	Edges     []schema.Link
	Truncated bool
}

// Neighbourhood returns the entities within depth hops of slug (depth 1 to
// MaxNeighbourhood) over the followed relations, at most limit of them
// (nearest first; 0 means DefaultNeighbourhoodLimit), and every followed
// link among them.
func Neighbourhood(ctx context.Context, x *index.Index, slug string, depth, limit int, opt TraverseOptions) (Subgraph, error) {
	if depth < 1 || depth > MaxNeighbourhood {
		return Subgraph{}, fmt.Errorf("graph: neighbourhood: depth %d is not within 1..%d: %w", depth, MaxNeighbourhood, schema.ErrLimit)
	}
	if limit <= 0 {
		limit = DefaultNeighbourhoodLimit
	}
	if limit > MaxNeighbourhoodLimit {
		return Subgraph{}, fmt.Errorf("graph: neighbourhood: limit %d is over %d: %w", limit, MaxNeighbourhoodLimit, schema.ErrLimit)
	}
	start, err := entityID(x, slug)
	if err != nil {
		return Subgraph{}, err
	}
	tr, err := newTraversal(ctx, x, opt)
	if err != nil {
		return Subgraph{}, err
	}
	in := map[index.ID]bool{start: true}
	order := []index.ID{start}
	front := []index.ID{start}
	truncated := false
	var buf []hop
	for d := 0; d < depth && len(front) > 0 && !truncated; d++ {
		var next []index.ID
		for _, n := range front {
			if buf, err = tr.hops(n, buf); err != nil {
				return Subgraph{}, err
			}
			for _, h := range buf {
				if in[h.to] {
					continue
				}
				if len(order) >= limit {
					truncated = true
					break
				}
				in[h.to] = true
				order = append(order, h.to)
				next = append(next, h.to)
			}
		}
		front = next
	}
	var g Subgraph
	g.Truncated = truncated
	seen := map[index.Edge]bool{}
	for _, n := range order {
		e, _ := x.Entity(n)
		g.Nodes = append(g.Nodes, e)
		if buf, err = tr.hops(n, buf); err != nil {
			return Subgraph{}, err
		}
		for _, h := range buf {
			if in[h.to] && !seen[h.e] {
				seen[h.e] = true
				g.Edges = append(g.Edges, x.EdgeLink(h.e))
			}
		}
	}
	return g, nil
}
