package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Limits of traversals.
const (
	DefaultMaxHops = 6
	MaxHops        = 10
	// DefaultEdgeBudget is how many edges one path or neighbourhood query may
	// look at before it stops with schema.ErrLimit.
	DefaultEdgeBudget = 200_000
	MaxNeighbourhood  = 3 // depth
)

// PathRelations are the relations paths and neighbourhoods follow by default:
// those between organisations and people, not a shared country.
var PathRelations = []schema.Relation{
	schema.RelMemberOf, schema.RelLedBy, schema.RelPartnerOf, schema.RelJointVenture,
	schema.RelCEOOf, schema.RelChairmanOf, schema.RelInvestedIn,
}

// TraverseOptions control path and neighbourhood queries. Zero fields take
// their defaults.
type TraverseOptions struct {
	MaxHops    int               // paths: at most this many edges (DefaultMaxHops, at most MaxHops)
	Relations  []schema.Relation // relations to follow (PathRelations)
	EdgeBudget int               // edges looked at before giving up (DefaultEdgeBudget)
}

// Step is one edge of a path or subgraph: the link, and whether the walk
// crossed it forwards (Out: from Link.From to Link.To) or backwards (In).
type Step struct {
	Link schema.Link
	Dir  Direction
}

// Path is a walk between two entities: len(Steps) == len(Nodes)-1.
type Path struct {
	Nodes []schema.Entity
	Steps []Step
}

// hop is an adjacency entry: a neighbour, the triple that links to it, and
// the direction the triple is crossed.
type hop struct {
	to  nodeID
	t   triple
	dir Direction
}

// traversal is one query's view of the index: the predicates it follows and
// its edge budget.
type traversal struct {
	ctx    context.Context
	x      *index
	preds  map[nodeID]bool
	budget int
	seen   int
}

func (s *Store) newTraversal(ctx context.Context, opt TraverseOptions) (*traversal, error) {
	rels := opt.Relations
	if len(rels) == 0 {
		rels = PathRelations
	}
	tr := &traversal{ctx: ctx, x: s.idx, preds: make(map[nodeID]bool), budget: opt.EdgeBudget}
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
		if id, ok := s.idx.id(spec.Predicate); ok {
			tr.preds[id] = true
		}
	}
	return tr, nil
}

// hops lists the neighbours of n over the followed predicates, charging the
// edges looked at to the budget.
func (tr *traversal) hops(n nodeID, buf []hop) ([]hop, error) {
	buf = buf[:0]
	x := tr.x
	for _, t := range x.out[n] {
		if tr.preds[t.p] && x.isEntity(t.o) {
			buf = append(buf, hop{t.o, t, Out})
		}
	}
	for _, t := range x.in[n] {
		if tr.preds[t.p] {
			buf = append(buf, hop{t.s, t, In})
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

// parent records how a BFS reached a node.
type parent struct {
	prev  nodeID
	h     hop // the hop from prev to this node
	depth int
}

// shortest is a bidirectional breadth-first search from a to b of at most
// maxHops edges that avoids the banned nodes and triples. It returns the
// hops of the path from a, or nil when there is none within maxHops.
func (tr *traversal) shortest(a, b nodeID, maxHops int, bannedNodes map[nodeID]bool, bannedEdges map[triple]bool) ([]hop, error) {
	if a == b {
		return []hop{}, nil
	}
	fwd := map[nodeID]parent{a: {prev: a}}
	bwd := map[nodeID]parent{b: {prev: b}}
	fFront, bFront := []nodeID{a}, []nodeID{b}
	fDepth, bDepth := 0, 0
	var buf []hop
	for len(fFront) > 0 && len(bFront) > 0 && fDepth+bDepth < maxHops {
		if err := tr.ctx.Err(); err != nil {
			return nil, err
		}
		forward := len(fFront) <= len(bFront)
		front, seen, other := fFront, fwd, bwd
		if !forward {
			front, seen, other = bFront, bwd, fwd
		}
		var next []nodeID
		// Of the meetings this level finds, the one the other side reached
		// soonest gives the shortest path.
		meet, bestLen := nodeID(0), -1
		for _, n := range front {
			var err error
			if buf, err = tr.hops(n, buf); err != nil {
				return nil, err
			}
			for _, h := range buf {
				if bannedNodes[h.to] || bannedEdges[h.t] {
					continue
				}
				if _, ok := seen[h.to]; ok {
					continue
				}
				seen[h.to] = parent{prev: n, h: h, depth: seen[n].depth + 1}
				next = append(next, h.to)
				if o, ok := other[h.to]; ok && (bestLen < 0 || o.depth < bestLen) {
					meet, bestLen = h.to, o.depth
				}
			}
		}
		if forward {
			fFront, fDepth = next, fDepth+1
		} else {
			bFront, bDepth = next, bDepth+1
		}
		if bestLen >= 0 {
			return joinHalves(meet, a, b, fwd, bwd), nil
		}
	}
	return nil, nil
}

// joinHalves builds the hops from a to b through meet from both BFS trees.
func joinHalves(meet, a, b nodeID, fwd, bwd map[nodeID]parent) []hop {
	var left []hop
	for n := meet; n != a; n = fwd[n].prev {
		left = append(left, fwd[n].h)
	}
	slices.Reverse(left)
	for n := meet; n != b; {
		p := bwd[n]
		// p.h went from p.prev to n in the backward search; walking from n
		// to p.prev crosses the same triple the other way.
		rev := hop{to: p.prev, t: p.h.t, dir: Out}
		if p.h.dir == Out {
			rev.dir = In
		}
		left = append(left, rev)
		n = p.prev
	}
	return left
}

// ShortestPath returns a shortest path from one entity to another over the
// followed relations, each step with its link and sources. ok is false when
// none exists within MaxHops. Unknown slugs give schema.ErrNotFound; a
// search that exceeds its edge budget gives schema.ErrLimit; a cancelled
// context stops it.
func (s *Store) ShortestPath(ctx context.Context, from, to string, opt TraverseOptions) (Path, bool, error) {
	ps, err := s.Paths(ctx, from, to, 1, opt)
	if err != nil || len(ps) == 0 {
		return Path{}, false, err
	}
	return ps[0], true, nil
}

// Paths returns up to k shortest simple paths (no entity twice) from one
// entity to another, shortest first (Yen's algorithm over the bidirectional
// search). Paths are distinct in their sequence of entities.
func (s *Store) Paths(ctx context.Context, from, to string, k int, opt TraverseOptions) ([]Path, error) {
	maxHops := opt.MaxHops
	if maxHops <= 0 {
		maxHops = DefaultMaxHops
	}
	if maxHops > MaxHops {
		return nil, fmt.Errorf("graph: paths: maxHops %d is over %d: %w", maxHops, MaxHops, schema.ErrLimit)
	}
	if k < 1 {
		return nil, fmt.Errorf("graph: paths: k must be at least 1: %w", schema.ErrInvalid)
	}
	s.rlock()
	defer s.mu.RUnlock()
	a, err := s.idx.entityID(from)
	if err != nil {
		return nil, err
	}
	b, err := s.idx.entityID(to)
	if err != nil {
		return nil, err
	}
	tr, err := s.newTraversal(ctx, opt)
	if err != nil {
		return nil, err
	}
	first, err := tr.shortest(a, b, maxHops, nil, nil)
	if err != nil || first == nil {
		return nil, err
	}
	found := [][]hop{first}
	var candidates [][]hop
	key := func(p []hop) string { return fmt.Sprint(pathNodes(a, p)) }
	known := map[string]bool{key(first): true}
	for len(found) < k {
		last := found[len(found)-1]
		nodes := pathNodes(a, last)
		for i := 0; i < len(last); i++ {
			spur, root := nodes[i], last[:i]
			bannedEdges := map[triple]bool{}
			for _, p := range found {
				if len(p) > i && slices.Equal(pathNodes(a, p)[:i+1], nodes[:i+1]) {
					bannedEdges[p[i].t] = true
				}
			}
			bannedNodes := map[nodeID]bool{}
			for _, n := range nodes[:i] {
				bannedNodes[n] = true
			}
			spurPath, err := tr.shortest(spur, b, maxHops-i, bannedNodes, bannedEdges)
			if err != nil {
				return nil, err
			}
			if spurPath == nil {
				continue
			}
			total := append(slices.Clone(root), spurPath...)
			if k := key(total); !known[k] {
				known[k] = true
				candidates = append(candidates, total)
			}
		}
		if len(candidates) == 0 {
			break
		}
		slices.SortStableFunc(candidates, func(p, q []hop) int { return len(p) - len(q) })
		found = append(found, candidates[0])
		candidates = candidates[1:]
	}
	out := make([]Path, 0, len(found))
	for _, p := range found {
		out = append(out, s.idx.path(a, p))
	}
	return out, nil
}

func pathNodes(a nodeID, p []hop) []nodeID {
	out := []nodeID{a}
	for _, h := range p {
		out = append(out, h.to)
	}
	return out
}

// entityID resolves a slug to a typed entity node.
func (x *index) entityID(slug string) (nodeID, error) {
	if id, ok := x.id(schema.EntityIRI(slug)); ok {
		if _, ok := x.entity(id); ok {
			return id, nil
		}
	}
	return 0, fmt.Errorf("graph: entity %q: %w", slug, schema.ErrNotFound)
}

// path turns hops into entities and links with their sources.
func (x *index) path(a nodeID, hops []hop) Path {
	var p Path
	e, _ := x.entity(a)
	p.Nodes = append(p.Nodes, e)
	for _, h := range hops {
		e, _ := x.entity(h.to)
		p.Nodes = append(p.Nodes, e)
		p.Steps = append(p.Steps, Step{Link: x.edgeLink(h.t), Dir: h.dir})
	}
	return p
}

// edgeLink is the link of a direct edge triple, with its relation.
func (x *index) edgeLink(t triple) schema.Link {
	rel := schema.RelationOfPredicate(x.vals[t.p].(quad.IRI))
	l, _ := x.link(rel, t)
	return l
}
