package index

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// Side says which end of a relation's edges an entity's list is kept for.
type Side uint8

// Sides. A symmetric predicate (tg:partnerOf) has one list per entity,
// SideBoth, whichever way its edges were written.
const (
	SideOut  Side = iota // the entity is the subject
	SideIn               // the entity is the object
	SideBoth             // either, for a symmetric predicate
)

// orders keeps every list the API pages in its sort order, so that a page
// of a hub's two thousand members is a slice of a sorted list, not a sort
// of all of them: for each entity and link predicate (the direct edge of a
// relation), the entities at the other end of its stated edges, sorted by
// SortKey. The lists are patched as quads come and go (relist, rekey), in
// the write that changes them.
type orders struct {
	lists smallLists[listKey, ID]
	key   map[ID]string // each listed entity's sort key, as its lists are sorted by
	uses  map[ID]int32  // how many lists each entity is in
}

type listKey struct {
	id   ID
	p    ID
	side Side
}

func newOrders() *orders {
	return &orders{lists: newSmallLists[listKey, ID](), key: make(map[ID]string), uses: make(map[ID]int32)}
}

// linkPredicates are the direct edges of relations, true for a symmetric
// one.
var linkPredicates = func() map[quad.IRI]bool {
	m := make(map[quad.IRI]bool)
	for _, spec := range schema.Relations() {
		if spec.Predicate != "" {
			m[spec.Predicate] = spec.Symmetric
		}
	}
	return m
}()

// Linked returns the entities at the other end of the stated edges of
// predicate p at id, on one side, in ascending SortKey (then id) order: the
// objects of id's edges for SideOut, their subjects for SideIn, either for
// SideBoth, which only a symmetric predicate has. An edge is listed when a
// statement states it and its object is an entity (has a slug). The slice
// belongs to the index: read it under the lock that guards the index and
// do not keep it.
func (x *Index) Linked(id, p ID, side Side) []ID {
	return x.orders.lists.get(listKey{id, p, side})
}

// Symmetric reports whether p is the direct edge of a symmetric relation,
// whose lists are kept on SideBoth.
func (x *Index) Symmetric(p ID) bool { return x.term[p] == termLinkSymmetric }

// SortKey is what lists sort an entity by: its canonical name folded
// (schema.Fold), a NUL, and its slug. Folded names contain no NUL, so keys
// compare as the pair (name, slug) does.
func (x *Index) SortKey(id ID) string {
	if k, ok := x.orders.key[id]; ok {
		return k
	}
	return x.sortKey(id)
}

func (x *Index) sortKey(id ID) string {
	return schema.Fold(x.Name(id)) + "\x00" + x.Slug(id)
}

// listed reports whether e is an edge of the index that a statement states
// and whose object is an entity.
func (x *Index) listed(e Edge) bool {
	_, ok := x.tri[e]
	return ok && x.Stated(e) && x.Slug(e.O) != ""
}

// relist brings the lists at both ends of e in line with whether e is
// listed: call it whenever e comes or goes or a statement of e does. For a
// symmetric predicate, either direction lists each end in the other's list.
func (x *Index) relist(e Edge) {
	switch x.term[e.P] {
	case termLink:
		want := x.listed(e)
		x.setEntry(listKey{e.S, e.P, SideOut}, e.O, want)
		x.setEntry(listKey{e.O, e.P, SideIn}, e.S, want)
	case termLinkSymmetric:
		want := x.listed(e) || x.listed(Edge{e.O, e.P, e.S})
		x.setEntry(listKey{e.S, e.P, SideBoth}, e.O, want)
		x.setEntry(listKey{e.O, e.P, SideBoth}, e.S, want)
	}
}

// find is where other is, or would go, in list, whose entries sort by key.
func (o *orders) find(list []ID, key string, other ID) (int, bool) {
	i := sort.Search(len(list), func(j int) bool {
		if c := strings.Compare(o.key[list[j]], key); c != 0 {
			return c > 0
		}
		return list[j] >= other
	})
	return i, i < len(list) && list[i] == other
}

// setEntry puts other in the list lk or takes it out.
func (x *Index) setEntry(lk listKey, other ID, want bool) {
	o := x.orders
	key, known := o.key[other]
	if !known {
		if !want {
			return
		}
		key = x.sortKey(other)
	}
	list := o.lists.get(lk)
	i, found := o.find(list, key, other)
	if found == want {
		return
	}
	if want {
		if !known {
			o.key[other] = key
		}
		o.uses[other]++
		list = append(list, 0)
		copy(list[i+1:], list[i:])
		list[i] = other
		o.lists.put(lk, list)
		return
	}
	o.lists.put(lk, append(list[:i], list[i+1:]...))
	if o.uses[other]--; o.uses[other] == 0 {
		delete(o.uses, other)
		delete(o.key, other)
	}
}

// rekey moves id to its new place in every list it is in, after its
// canonical name may have changed.
func (x *Index) rekey(id ID) {
	o := x.orders
	old, ok := o.key[id]
	if !ok {
		return
	}
	key := x.sortKey(id)
	if key == old {
		return
	}
	// id is only in the lists of the other ends of its link edges.
	var in []listKey
	note := func(lk listKey) {
		for _, k := range in {
			if k == lk {
				return
			}
		}
		list := o.lists.get(lk)
		if i, found := o.find(list, old, id); found {
			o.lists.put(lk, append(list[:i], list[i+1:]...))
			in = append(in, lk)
		}
	}
	for _, e := range x.out.of(id) {
		switch x.term[e.P] {
		case termLink:
			note(listKey{e.O, e.P, SideIn})
		case termLinkSymmetric:
			note(listKey{e.O, e.P, SideBoth})
		}
	}
	for _, e := range x.in.of(id) {
		switch x.term[e.P] {
		case termLink:
			note(listKey{e.S, e.P, SideOut})
		case termLinkSymmetric:
			note(listKey{e.S, e.P, SideBoth})
		}
	}
	o.key[id] = key
	for _, lk := range in {
		list := o.lists.get(lk)
		i, _ := o.find(list, key, id)
		list = append(list, 0)
		copy(list[i+1:], list[i:])
		list[i] = id
		o.lists.put(lk, list)
	}
}

// Has reports whether the edge e is in the index.
func (x *Index) Has(e Edge) bool {
	_, ok := x.tri[e]
	return ok
}
