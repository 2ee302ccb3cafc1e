package query

import (
	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Candidates are the per-relation walk over an entity's edges that the
// statistics and list filters use, where every link is read anyway; paging
// uses the index's kept-sorted lists instead (links.go).

// candidate is a link before its sources are read: the edges (two for a
// partnership stated both ways) and its sort key.
type candidate struct {
	es    []index.Edge
	rel   schema.Relation
	other index.ID
	dir   Direction
	key   string
}

// candidates adds the stated links of one relation at id. A partnership
// stated in both directions is one candidate.
func candidates(x *index.Index, out []candidate, id index.ID, rel schema.Relation, spec schema.RelationSpec, dir Direction) []candidate {
	p, ok := x.Lookup(spec.Predicate)
	if !ok {
		return out
	}
	if spec.Symmetric {
		dir = Both
	}
	name := string(rel)
	if rel == schema.RelFoundingMember {
		name = string(schema.RelMemberOf)
	}
	add := func(e index.Edge, other index.ID, d Direction) {
		if spec.Symmetric {
			for i := range out {
				if out[i].rel == rel && out[i].other == other {
					out[i].es = append(out[i].es, e)
					return
				}
			}
			d = Out
		}
		if !x.Stated(e) {
			return
		}
		key := schema.Fold(x.Name(other)) + "\x00" + x.Slug(other) + "\x00" + name + "\x00" + dirName(d)
		out = append(out, candidate{es: []index.Edge{e}, rel: rel, other: other, dir: d, key: key})
	}
	if dir == Out || dir == Both {
		for _, e := range x.Out(id) {
			if e.P == p && x.Slug(e.O) != "" {
				add(e, e.O, Out)
			}
		}
	}
	if dir == In || dir == Both {
		for _, e := range x.In(id) {
			if e.P == p {
				add(e, e.S, In)
			}
		}
	}
	return out
}

// link reads a candidate's link with its sources; a partnership stated both
// ways is one link from the entity asked about.
func (c candidate) link(x *index.Index) schema.Link {
	l, _ := x.Link(c.rel, c.es...)
	if c.rel == schema.RelPartnerOf && l.From == x.Slug(c.other) {
		l.From, l.To = l.To, l.From
	}
	return l
}
