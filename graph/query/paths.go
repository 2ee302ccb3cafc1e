package query

import (
	"context"
	"fmt"
	"slices"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Step is one edge of a path: the link, and whether the walk crossed it
// forwards (Out: from Link.From to Link.To) or backwards (In).
type Step struct {
	Link schema.Link
	Dir  Direction
}

// Path is a walk between two entities: len(Steps) == len(Nodes)-1.
type Path struct {
	Nodes []schema.Entity
	Steps []Step
}

// Paths returns up to k shortest simple paths (no entity twice) from one
// entity to another over the followed relations, shortest first, each step
// with its link and sources (Yen's algorithm over a bidirectional
// breadth-first search). Paths are distinct in their sequence of entities;
// none within opt.MaxHops gives no paths. Unknown slugs give
// schema.ErrNotFound; a search that exceeds its edge budget gives
// schema.ErrLimit; a cancelled context stops it.
func Paths(ctx context.Context, x *index.Index, from, to string, k int, opt TraverseOptions) ([]Path, error) {
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
	a, err := entityID(x, from)
	if err != nil {
		return nil, err
	}
	b, err := entityID(x, to)
	if err != nil {
		return nil, err
	}
	tr, err := newTraversal(ctx, x, opt)
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
			bannedEdges := map[index.Edge]bool{}
			for _, p := range found {
				if len(p) > i && slices.Equal(pathNodes(a, p)[:i+1], nodes[:i+1]) {
					bannedEdges[p[i].e] = true
				}
			}
			bannedNodes := map[index.ID]bool{}
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
		out = append(out, path(x, a, p))
	}
	return out, nil
}

// parent records how a BFS reached a node.
type parent struct {
	prev  index.ID
	h     hop // the hop from prev to this node
	depth int
}

// shortest is a bidirectional breadth-first search from a to b of at most
// maxHops edges that avoids the banned nodes and edges. It returns the
// hops of the path from a, or nil when there is none within maxHops.
func (tr *traversal) shortest(a, b index.ID, maxHops int, bannedNodes map[index.ID]bool, bannedEdges map[index.Edge]bool) ([]hop, error) {
	if a == b {
		return []hop{}, nil
	}
	fwd := map[index.ID]parent{a: {prev: a}}
	bwd := map[index.ID]parent{b: {prev: b}}
	fFront, bFront := []index.ID{a}, []index.ID{b}
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
		var next []index.ID
		// Of the meetings this level finds, the one the other side reached
		// soonest gives the shortest path.
		meet, bestLen := index.ID(0), -1
		for _, n := range front {
			var err error
			if buf, err = tr.hops(n, buf); err != nil {
				return nil, err
			}
			for _, h := range buf {
				if bannedNodes[h.to] || bannedEdges[h.e] {
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
func joinHalves(meet, a, b index.ID, fwd, bwd map[index.ID]parent) []hop {
	var left []hop
	for n := meet; n != a; n = fwd[n].prev {
		left = append(left, fwd[n].h)
	}
	slices.Reverse(left)
	for n := meet; n != b; {
		p := bwd[n]
		// p.h went from p.prev to n in the backward search; walking from n
		// to p.prev crosses the same edge the other way.
		rev := hop{to: p.prev, e: p.h.e, dir: Out}
		if p.h.dir == Out {
			rev.dir = In
		}
		left = append(left, rev)
		n = p.prev
	}
	return left
}

func pathNodes(a index.ID, p []hop) []index.ID {
	out := []index.ID{a}
	for _, h := range p {
		out = append(out, h.to)
	}
	return out
}

// path turns hops into entities and links with their sources.
func path(x *index.Index, a index.ID, hops []hop) Path {
	var p Path
	e, _ := x.Entity(a)
	p.Nodes = append(p.Nodes, e)
	for _, h := range hops {
		e, _ := x.Entity(h.to)
		p.Nodes = append(p.Nodes, e)
		p.Steps = append(p.Steps, Step{Link: x.EdgeLink(h.e), Dir: h.dir})
	}
	return p
}
