package index

import "slices"

// smallLists is a list of values per key for maps where most keys have one
// value: the statements that state an edge (almost always one), the keys a
// statement is filed under, an entity's members in one relation. A Go map
// of slices holds a pointer per key for the garbage collector to follow
// and a backing array per key; here a key maps to a number, a single value
// sits in one array, and only keys with two or more values have a slice of
// their own.
type smallLists[K comparable, V any] struct {
	at       map[K]uint32 // key → index in one, or in many with manyBit set
	one      []V
	oneFree  []uint32
	many     [][]V
	manyFree []uint32
}

const manyBit = 1 << 31

func newSmallLists[K comparable, V any]() smallLists[K, V] {
	return smallLists[K, V]{at: make(map[K]uint32)}
}

// get is k's values, nil when it has none. The slice belongs to the lists:
// valid until the next put, and appending to it never changes them.
func (l *smallLists[K, V]) get(k K) []V {
	i, ok := l.at[k]
	switch {
	case !ok:
		return nil
	case i&manyBit == 0:
		return l.one[i : i+1 : i+1]
	}
	return l.many[i&^manyBit]
}

// has reports whether k has a value.
func (l *smallLists[K, V]) has(k K) bool {
	_, ok := l.at[k]
	return ok
}

// len is the number of keys with values.
func (l *smallLists[K, V]) len() int { return len(l.at) }

// put makes vs the values of k (none: k is dropped). vs may be a slice get
// returned.
func (l *smallLists[K, V]) put(k K, vs []V) {
	i, ok := l.at[k]
	if ok && i&manyBit != 0 && len(vs) > 1 {
		l.many[i&^manyBit] = vs
		return
	}
	if ok && i&manyBit == 0 && len(vs) == 1 {
		l.one[i] = vs[0]
		return
	}
	if ok {
		l.free(i)
		delete(l.at, k)
	}
	switch len(vs) {
	case 0:
	case 1:
		l.at[k] = l.slotOne(vs[0])
	default:
		l.at[k] = l.slotMany(vs)
	}
}

// add appends v to k's values.
func (l *smallLists[K, V]) add(k K, v V) {
	i, ok := l.at[k]
	switch {
	case !ok:
		l.at[k] = l.slotOne(v)
	case i&manyBit == 0:
		vs := []V{l.one[i], v}
		l.free(i)
		l.at[k] = l.slotMany(vs)
	default:
		l.many[i&^manyBit] = append(l.many[i&^manyBit], v)
	}
}

func (l *smallLists[K, V]) slotOne(v V) uint32 {
	if n := len(l.oneFree); n > 0 {
		i := l.oneFree[n-1]
		l.oneFree = l.oneFree[:n-1]
		l.one[i] = v
		return i
	}
	l.one = append(l.one, v)
	return uint32(len(l.one) - 1)
}

func (l *smallLists[K, V]) slotMany(vs []V) uint32 {
	if n := len(l.manyFree); n > 0 {
		i := l.manyFree[n-1]
		l.manyFree = l.manyFree[:n-1]
		l.many[i] = vs
		return i | manyBit
	}
	l.many = append(l.many, vs)
	return uint32(len(l.many)-1) | manyBit
}

func (l *smallLists[K, V]) free(i uint32) {
	if i&manyBit == 0 {
		var zero V
		l.one[i] = zero
		l.oneFree = append(l.oneFree, i)
		return
	}
	l.many[i&^manyBit] = nil
	l.manyFree = append(l.manyFree, i&^manyBit)
}

// clip gives every list of two or more the capacity of its length.
func (l *smallLists[K, V]) clip() {
	for i, vs := range l.many {
		if cap(vs) > len(vs) {
			l.many[i] = slices.Clone(vs)
		}
	}
}
