package index

import "slices"

// The index files each edge under the one source that states it, a label
// id kept in the map's value; only an edge that several sources state has a
// list of them, in multi. Nine edges in ten have one source, and a map whose
// values hold no pointers is neither allocated per edge nor scanned by the
// garbage collector.

// multiLabel marks a value of tri that is the index of the edge's list in
// multi, not its one label. Ids stay far below it.
const multiLabel ID = 1 << 31

// hasLabel reports whether source l states t.
func (x *Index) hasLabel(t Edge, l ID) bool {
	v, ok := x.tri[t]
	return ok && x.labelIn(v, l)
}

// labelIn reports whether l is among the labels of v, a value of tri.
func (x *Index) labelIn(v, l ID) bool {
	if v&multiLabel == 0 {
		return v == l
	}
	return slices.Contains(x.multi[v&^multiLabel], l)
}

// addLabel records that source l states t, which l does not yet; v and ok
// are what tri holds for t. It reports whether another source stated t
// already.
func (x *Index) addLabel(t Edge, l, v ID, ok bool) (existed bool) {
	switch {
	case !ok:
		x.tri[t] = l
		return false
	case v&multiLabel != 0:
		i := v &^ multiLabel
		x.multi[i] = append(x.multi[i], l)
		return true
	}
	var i ID
	if n := len(x.multiFree); n > 0 {
		i, x.multiFree = x.multiFree[n-1], x.multiFree[:n-1]
		x.multi[i] = []ID{v, l}
	} else {
		i = ID(len(x.multi))
		x.multi = append(x.multi, []ID{v, l})
	}
	x.tri[t] = i | multiLabel
	return true
}

// dropLabel forgets that source l states t. found is false when it did not;
// last is true when no source states t any more, which is then gone from
// tri.
func (x *Index) dropLabel(t Edge, l ID) (found, last bool) {
	v, ok := x.tri[t]
	switch {
	case !ok:
		return false, false
	case v&multiLabel == 0:
		if v != l {
			return false, false
		}
		delete(x.tri, t)
		return true, true
	}
	i := v &^ multiLabel
	ls := x.multi[i]
	j := slices.Index(ls, l)
	if j < 0 {
		return false, false
	}
	if ls = slices.Delete(ls, j, j+1); len(ls) == 1 {
		x.tri[t] = ls[0]
		x.multi[i] = nil
		x.multiFree = append(x.multiFree, i)
	} else {
		x.multi[i] = ls
	}
	return true, false
}
