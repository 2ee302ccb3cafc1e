package index

import "slices"

// adjacency is a list of edges per node id, indexed by the id: ids are
// dense (interned in order, freed ones reused), so a slice holds them with
// no hashing on the write path of a build or the read path of a request,
// and less memory than a map per node.
type adjacency [][]Edge

// of is id's edges, nil when it has none. The slice belongs to the index.
func (a adjacency) of(id ID) []Edge {
	if int(id) < len(a) {
		return a[id]
	}
	return nil
}

// add appends e to id's edges.
func (a *adjacency) add(id ID, e Edge) {
	if n := int(id) + 1; n > len(*a) {
		*a = slices.Grow(*a, n-len(*a))[:n]
	}
	(*a)[id] = append((*a)[id], e)
}

// del removes e from id's edges; a node left with none holds no list.
func (a adjacency) del(id ID, e Edge) {
	if int(id) >= len(a) {
		return
	}
	if a[id] = deleteEdge(a[id], e); len(a[id]) == 0 {
		a[id] = nil
	}
}

// clip gives every list the capacity of its length (see Compact).
func (a adjacency) clip() {
	for id, es := range a {
		if cap(es) > len(es) {
			a[id] = slices.Clone(es)
		}
	}
}
