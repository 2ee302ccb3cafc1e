package index

import "slices"

// Compact freezes the edges by subject and by object into arrays the
// garbage collector need not scan (adjacency.go), and gives every other
// per-node list of the index (edges by source, statements by edge, the
// sorted lists) the capacity of its length. A build appends quad by quad,
// and append leaves up to half of a grown list unused: at 10^6 quads that
// slack was about a tenth of the index's heap. Call it after a build;
// writes may grow the lists again.
func (x *Index) Compact() {
	x.compacted = x.quads
	x.out.freeze()
	x.in.freeze()
	clip(x.src)
	x.stmts.byEdge.clip()
	x.stmts.keys.clip()
	x.orders.lists.clip()
}

func clip[K comparable, V any](m map[K][]V) {
	for k, v := range m {
		if cap(v) > len(v) {
			m[k] = slices.Clone(v)
		}
	}
}
