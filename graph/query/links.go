package query

import (
	"fmt"
	"sort"
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
// other end's name, then slug, relation and direction. Only the page's links
// have their statements and sources read, so a page of an alliance with
// thousands of members costs about as much as one of ten (unless AsOf asks
// for every link's dates: then only the links in force on that date count).
// Symmetric relations are answered from both sides, with the entity as
// From. An unknown slug gives schema.ErrNotFound.
func LinkPage(x *index.Index, k LinkPageKey) (Page[schema.Link], error) {
	id, err := entityID(x, k.Slug)
	if err != nil {
		return Page[schema.Link]{}, err
	}
	var cands []candidate
	for _, rel := range splitRelations(k.Relations) {
		spec, ok := rel.Spec()
		if !ok {
			return Page[schema.Link]{}, fmt.Errorf("graph: links of %s: unknown relation %q: %w", k.Slug, rel, schema.ErrInvalid)
		}
		cands = candidates(x, cands, id, rel, spec, k.Dir)
	}
	if !k.Query.AsOf.IsZero() {
		kept := cands[:0]
		for _, c := range cands {
			if inForce(c.link(x), k.Query.AsOf) {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].key < cands[j].key })
	page, err := pageOf(cands, func(i int) string { return cands[i].key }, k.Query)
	if err != nil {
		return Page[schema.Link]{}, err
	}
	out := Page[schema.Link]{Keys: page.Keys, Window: page.Window}
	for _, c := range page.Items {
		out.Items = append(out.Items, c.link(x))
	}
	return out, nil
}

// links lists every link of one relation at id in the order of LinkPage:
// the entity's whole history for a timeline, say. An id the graph does not
// use gives no links.
func links(x *index.Index, id index.ID, rel schema.Relation, dir Direction) []schema.Link {
	spec, _ := rel.Spec()
	cands := candidates(x, nil, id, rel, spec, dir)
	sort.Slice(cands, func(i, j int) bool { return cands[i].key < cands[j].key })
	out := make([]schema.Link, len(cands))
	for i, c := range cands {
		out[i] = c.link(x)
	}
	return out
}

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
