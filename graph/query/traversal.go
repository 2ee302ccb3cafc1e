package query

import (
	"context"
	"fmt"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Limits of traversals.
const (
	DefaultMaxHops = 6
	MaxHops        = 10
	// DefaultEdgeBudget is how many edges one path or neighbourhood query may
	// look at before it stops with schema.ErrLimit.
	DefaultEdgeBudget = 200_000
)

// PathRelations are the relations paths, neighbourhoods and degrees follow
// by default: those between organisations and people, not a shared country.
func PathRelations() []schema.Relation {
	return []schema.Relation{
		schema.RelMemberOf, schema.RelLedBy, schema.RelPartnerOf, schema.RelJointVenture,
		schema.RelCEOOf, schema.RelChairmanOf, schema.RelInvestedIn, schema.RelFoundedBy,
	}
}

// TraverseOptions control path and neighbourhood queries. Zero fields take
// their defaults.
type TraverseOptions struct {
	MaxHops    int               // paths: at most this many edges (DefaultMaxHops, at most MaxHops)
	Relations  []schema.Relation // relations to follow (PathRelations)
	EdgeBudget int               // edges looked at before giving up (DefaultEdgeBudget)
}

// hop is an adjacency entry: a neighbour, the edge that links to it, and
// the direction the edge is crossed.
type hop struct {
	to  index.ID
	e   index.Edge
	dir Direction
}

// traversal is one query's view of the index: the predicates it follows and
// its edge budget.
type traversal struct {
	ctx    context.Context
	x      *index.Index
	preds  map[index.ID]bool
	budget int
	seen   int
}

func newTraversal(ctx context.Context, x *index.Index, opt TraverseOptions) (*traversal, error) {
	rels := opt.Relations
	if len(rels) == 0 {
		rels = PathRelations()
	}
	tr := &traversal{ctx: ctx, x: x, preds: make(map[index.ID]bool), budget: opt.EdgeBudget}
	if tr.budget <= 0 {
		tr.budget = DefaultEdgeBudget
	}
	for _, r := range rels {
		spec, ok := r.Spec()
		if !ok {
			return nil, fmt.Errorf("graph: unknown relation %q: %w", r, schema.ErrInvalid)
		}
		if r == schema.RelFounded {
			continue // a date, not an entity
		}
		if id, ok := x.Lookup(spec.Predicate); ok {
			tr.preds[id] = true
		}
	}
	return tr, nil
}

// hops lists the neighbours of n over the followed predicates, charging the
// edges looked at to the budget.
func (tr *traversal) hops(n index.ID, buf []hop) ([]hop, error) {
	buf = buf[:0]
	x := tr.x
	for _, e := range x.Out(n) {
		if tr.preds[e.P] && x.Slug(e.O) != "" {
			buf = append(buf, hop{e.O, e, Out})
		}
	}
	for _, e := range x.In(n) {
		if tr.preds[e.P] {
			buf = append(buf, hop{e.S, e, In})
		}
	}
	tr.seen += len(buf)
	if tr.seen > tr.budget {
		return nil, fmt.Errorf("graph: traversal looked at more than %d edges: %w", tr.budget, schema.ErrLimit)
	}
	if tr.seen&1023 < len(buf) {
		if err := tr.ctx.Err(); err != nil {
			return nil, err
		}
	}
	return buf, nil
}
