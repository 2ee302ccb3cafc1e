package index

import (
	"maps"
	"slices"
)

// adjacency is a list of edges per node id. ids are dense (interned in
// order, freed ones reused), so lists are found by index, not by hashing.
//
// It has two forms. While an index is built, each node's list is a slice
// of its own (lists), appended to quad by quad. Compact freezes them into
// one array of edges with an offset per node (base and off: the CSR
// layout), which holds no pointer at all: the garbage collector does not
// look into it, where a slice per node was one more object for every
// collection to mark (about 285,000 at 10^6 quads; see BENCHMARKS.md,
// "Memory"). A write to a frozen node copies its list out into patch and
// changes the copy; once patches hold as many edges as the frozen array
// (at least 4,096), the next write freezes again, so a run of writes costs
// a constant per edge however long it is. An index compacted while empty
// stays in the building form.
type adjacency struct {
	lists [][]Edge // the building form; nil once frozen

	off     []uint32 // node id → start of its edges in base; len(off) = frozen nodes + 1
	base    []Edge
	patch   map[ID][]Edge // frozen nodes written since: their whole list
	patched int           // edges in patch
}

// of is id's edges, nil when it has none. The slice belongs to the index;
// appending to it cannot change the index (its capacity is its length).
func (a *adjacency) of(id ID) []Edge {
	if a.lists != nil {
		if int(id) < len(a.lists) {
			return a.lists[id]
		}
		return nil
	}
	if len(a.patch) > 0 {
		if es, ok := a.patch[id]; ok {
			return es
		}
	}
	if int(id)+1 < len(a.off) {
		lo, hi := a.off[id], a.off[id+1]
		if lo < hi {
			return a.base[lo:hi:hi]
		}
	}
	return nil
}

// add appends e to id's edges.
func (a *adjacency) add(id ID, e Edge) {
	if a.frozen() {
		es := a.thaw(id)
		a.patch[id] = append(es, e)
		a.patched++
		a.refreeze()
		return
	}
	if n := int(id) + 1; n > len(a.lists) {
		a.lists = slices.Grow(a.lists, n-len(a.lists))[:n]
	}
	a.lists[id] = append(a.lists[id], e)
}

// del removes e from id's edges; a node left with none holds no list.
func (a *adjacency) del(id ID, e Edge) {
	if a.frozen() {
		if len(a.of(id)) == 0 {
			return
		}
		a.patch[id] = deleteEdge(a.thaw(id), e)
		a.refreeze()
		return
	}
	if int(id) >= len(a.lists) {
		return
	}
	if a.lists[id] = deleteEdge(a.lists[id], e); len(a.lists[id]) == 0 {
		a.lists[id] = nil
	}
}

// frozen reports whether the lists are in the CSR form (an empty
// adjacency counts as building).
func (a *adjacency) frozen() bool { return a.lists == nil && a.off != nil }

// thaw returns id's list as a slice of its own that the caller may change:
// its patch, or a copy of its frozen edges.
func (a *adjacency) thaw(id ID) []Edge {
	if a.patch == nil {
		a.patch = make(map[ID][]Edge)
	}
	if es, ok := a.patch[id]; ok {
		return es
	}
	es := slices.Clone(a.of(id))
	a.patched += len(es)
	return es
}

// refreeze freezes again once patches hold as many edges as the frozen
// array (at least 4,096): the array at least doubles between two freezes,
// and a long run of writes does not turn the index back into one object
// per node.
func (a *adjacency) refreeze() {
	if a.patched < max(len(a.base), 4096) {
		return
	}
	a.freeze()
}

// freeze puts every list into the CSR form (see Compact).
func (a *adjacency) freeze() {
	nodes, edges := a.size()
	if edges == 0 {
		*a = adjacency{}
		return
	}
	off := make([]uint32, nodes+1)
	base := make([]Edge, 0, edges)
	if a.lists != nil {
		for id, es := range a.lists[:nodes] {
			off[id] = uint32(len(base))
			base = append(base, es...)
		}
		off[nodes] = uint32(len(base))
	} else {
		// the frozen lists, each patched node's from its patch, in id order
		patched := slices.Sorted(maps.Keys(a.patch))
		for id := range nodes {
			off[id] = uint32(len(base))
			if len(patched) > 0 && patched[0] == ID(id) {
				base = append(base, a.patch[ID(id)]...)
				patched = patched[1:]
			} else {
				base = append(base, a.frozenOf(ID(id))...)
			}
		}
		off[nodes] = uint32(len(base))
	}
	a.lists, a.off, a.base, a.patch, a.patched = nil, off, base, nil, 0
}

// size is the number of node ids with a list (the highest plus one) and
// of edges in all lists.
func (a *adjacency) size() (nodes, edges int) {
	if a.lists != nil {
		for id, es := range a.lists {
			if len(es) > 0 {
				nodes, edges = id+1, edges+len(es)
			}
		}
		return nodes, edges
	}
	nodes = max(len(a.off)-1, 0)
	edges = len(a.base)
	for id, es := range a.patch {
		nodes = max(nodes, int(id)+1)
		edges += len(es) - len(a.frozenOf(id))
	}
	return nodes, edges
}

// frozenOf is id's edges in base, whatever patch holds.
func (a *adjacency) frozenOf(id ID) []Edge {
	if int(id)+1 < len(a.off) {
		return a.base[a.off[id]:a.off[id+1]]
	}
	return nil
}
