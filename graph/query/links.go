package query

import (
	"fmt"
	"strings"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Direction says which end of a relation an entity is at.
type Direction int

// Directions. Symmetric relations (partnerOf) answer Out and In alike.
const (
	Out  Direction = iota // the entity is the subject ("SK Telecom memberOf ...")
	In                    // the entity is the object ("... memberOf K-AI Alliance")
	Both                  // either
)

// LinkPageKey names a page of the links of some relations at one entity; it
// is comparable, so loaders can batch by it.
type LinkPageKey struct {
	Slug      string
	Relations string // relation names joined by "," (JoinRelations)
	Dir       Direction
	Query     PageQuery
}

// JoinRelations makes the Relations field of a LinkPageKey.
func JoinRelations(rels ...schema.Relation) string {
	names := make([]string, len(rels))
	for i, r := range rels {
		names[i] = string(r)
	}
	return strings.Join(names, ",")
}

func splitRelations(s string) []schema.Relation {
	var out []schema.Relation
	for _, name := range strings.Split(s, ",") {
		if name != "" {
			out = append(out, schema.Relation(name))
		}
	}
	return out
}

// LinkPage pages the links of some relations at one entity, ordered by the
// other end's name, then slug, relation and direction. The index keeps each
// relation's list at each entity in that order (index.Index.Linked), so a
// page is a slice of it and only the page's links have their statements and
// sources read: a page of an alliance with thousands of members costs what
// one of ten does. Several relations or both directions merge their lists;
// AsOf and Within read every link's dates to keep those in force on that
// date, or within that interval. Symmetric relations are answered from both
// sides, with the entity as From. An unknown slug gives schema.ErrNotFound.
func LinkPage(x *index.Index, k LinkPageKey) (Page[schema.Link], error) {
	id, err := entityID(x, k.Slug)
	if err != nil {
		return Page[schema.Link]{}, err
	}
	v, err := newLinkView(x, id, splitRelations(k.Relations), k.Dir)
	if err != nil {
		return Page[schema.Link]{}, fmt.Errorf("graph: links of %s: %w", k.Slug, err)
	}
	if !k.Query.AsOf.IsZero() {
		v.keep(func(l schema.Link) bool { return inForce(l, k.Query.AsOf) })
	}
	if !k.Query.Within.IsZero() {
		v.keep(k.Query.Within.Holds)
	}
	w, err := pageWindow(v.len(), v.key, k.Query)
	if err != nil {
		return Page[schema.Link]{}, err
	}
	out := Page[schema.Link]{Window: w, Items: make([]schema.Link, 0, w.To-w.From), Keys: make([]string, 0, w.To-w.From)}
	for i := w.From; i < w.To; i++ {
		out.Items = append(out.Items, v.link(i))
		out.Keys = append(out.Keys, v.key(i))
	}
	return out, nil
}

// links lists every link of one relation at id in the order of LinkPage:
// the entity's whole history for a timeline, say. An id the graph does not
// use gives no links.
func links(x *index.Index, id index.ID, rel schema.Relation, dir Direction) []schema.Link {
	v, _ := newLinkView(x, id, []schema.Relation{rel}, dir)
	out := make([]schema.Link, v.len())
	for i := range out {
		out[i] = v.link(i)
	}
	return out
}

// linkList is one list a page of links reads: the entities at the other end
// of one relation's edges at an entity, on one side, as the index keeps
// them sorted.
type linkList struct {
	ids    []index.ID
	rel    schema.Relation
	p      index.ID
	dir    Direction // Out for a symmetric relation
	suffix string    // of the sort key: NUL, relation name, NUL, direction
}

// linkView is the links of some relations at one entity in LinkPage's
// order: one list as the index keeps it, or several merged.
type linkView struct {
	x     *index.Index
	id    index.ID
	lists []linkList
	// refs is the order when it is not lists[0]'s own: the entries kept by
	// a filter (all of them, kept is true), or of several lists, merged as
	// far as a read has needed (heads[l] is how much of list l is in refs,
	// total how many entries the lists hold). Each list is sorted, so a
	// page near the start of a hub's members merges a page's worth of
	// entries, not all of them.
	refs  []linkRef
	heads []int
	total int
	kept  bool
}

// linkRef is an entry of a view: a list and a position in it.
type linkRef struct{ list, at int }

func newLinkView(x *index.Index, id index.ID, rels []schema.Relation, dir Direction) (*linkView, error) {
	v := &linkView{x: x, id: id}
	for _, rel := range rels {
		spec, ok := rel.Spec()
		if !ok {
			return v, fmt.Errorf("unknown relation %q: %w", rel, schema.ErrInvalid)
		}
		p, ok := x.Lookup(spec.Predicate)
		if !ok {
			continue
		}
		name := string(rel)
		if rel == schema.RelFoundingMember {
			name = string(schema.RelMemberOf)
		}
		add := func(side index.Side, d Direction) {
			if ids := x.Linked(id, p, side); len(ids) > 0 {
				v.lists = append(v.lists, linkList{ids: ids, rel: rel, p: p, dir: d, suffix: "\x00" + name + "\x00" + dirName(d)})
			}
		}
		switch {
		case spec.Symmetric:
			add(index.SideBoth, Out)
		default:
			if dir == Out || dir == Both {
				add(index.SideOut, Out)
			}
			if dir == In || dir == Both {
				add(index.SideIn, In)
			}
		}
	}
	if len(v.lists) > 1 {
		v.heads = make([]int, len(v.lists))
		for _, list := range v.lists {
			v.total += len(list.ids)
		}
	}
	return v, nil
}

func (v *linkView) len() int {
	switch {
	case v.kept:
		return len(v.refs)
	case len(v.lists) == 0:
		return 0
	case len(v.lists) == 1:
		return len(v.lists[0].ids)
	}
	return v.total
}

func (v *linkView) ref(i int) linkRef {
	switch {
	case v.kept:
		return v.refs[i]
	case len(v.lists) == 1:
		return linkRef{0, i}
	}
	v.merge(i + 1)
	return v.refs[i]
}

// merge extends the merged order of several lists to n entries: each step
// takes the least head of the lists.
func (v *linkView) merge(n int) {
	for len(v.refs) < n {
		best := linkRef{-1, 0}
		for l, at := range v.heads {
			if at == len(v.lists[l].ids) {
				continue
			}
			if r := (linkRef{l, at}); best.list < 0 || v.compare(r, best) < 0 {
				best = r
			}
		}
		if best.list < 0 {
			return
		}
		v.refs = append(v.refs, best)
		v.heads[best.list]++
	}
}

func (v *linkView) other(r linkRef) index.ID { return v.lists[r.list].ids[r.at] }

// otherAt is the entity at the other end of entry i.
func (v *linkView) otherAt(i int) index.ID { return v.other(v.ref(i)) }

// compare orders two entries as their keys do, without making the keys.
func (v *linkView) compare(a, b linkRef) int {
	if c := strings.Compare(v.x.SortKey(v.other(a)), v.x.SortKey(v.other(b))); c != 0 {
		return c
	}
	return strings.Compare(v.lists[a.list].suffix, v.lists[b.list].suffix)
}

// key is the sort key of entry i, which its cursor encodes.
func (v *linkView) key(i int) string {
	r := v.ref(i)
	return v.x.SortKey(v.other(r)) + v.lists[r.list].suffix
}

// link reads entry i's link with its sources; a partnership stated both
// ways is one link from the entity asked about, with the sources of both.
func (v *linkView) link(i int) schema.Link {
	r := v.ref(i)
	list, other := v.lists[r.list], v.other(r)
	var es []index.Edge
	switch out, in := (index.Edge{S: v.id, P: list.p, O: other}), (index.Edge{S: other, P: list.p, O: v.id}); {
	case list.dir == In:
		es = []index.Edge{in}
	case !v.x.Symmetric(list.p):
		es = []index.Edge{out}
	case v.x.Has(out) && v.x.Stated(out) && v.x.Slug(other) != "":
		es = []index.Edge{out}
		if v.x.Has(in) {
			es = append(es, in)
		}
	default:
		es = []index.Edge{in}
	}
	l, _ := v.x.Link(list.rel, es...)
	if list.rel == schema.RelPartnerOf && l.From == v.x.Slug(other) {
		l.From, l.To = l.To, l.From
	}
	return l
}

// keep drops the entries whose link keep refuses.
func (v *linkView) keep(keep func(schema.Link) bool) {
	kept := make([]linkRef, 0, v.len())
	for i := 0; i < v.len(); i++ {
		if keep(v.link(i)) {
			kept = append(kept, v.ref(i))
		}
	}
	v.refs, v.kept = kept, true
}

// FarEnd is the slug at the other end of a link that LinkPage returned for
// slug, and the direction the link runs as seen from slug: Out when slug is
// its From (or both ends), In when slug is its To.
func FarEnd(l schema.Link, slug string) (string, Direction) {
	if l.To == slug && l.From != slug {
		return l.From, In
	}
	return l.To, Out
}

func dirName(d Direction) string {
	if d == In {
		return "IN"
	}
	return "OUT"
}

// inForce reports whether a link held on the date asOf, to the precision of
// both: it had begun (since starts before asOf ends, so "since 2024-07"
// holds as of 2024-07-15 but not as of 2024-06-30) and had not ended (until
// ends after asOf starts). A link with no since is taken to hold from the
// start; a planned link never holds.
func inForce(l schema.Link, asOf schema.Date) bool {
	if l.Modality == schema.Planned {
		return false
	}
	if !l.Since.IsZero() && !l.Since.Start().Before(asOf.End()) {
		return false
	}
	if !l.Until.IsZero() && !l.Until.End().After(asOf.Start()) {
		return false
	}
	return true
}
