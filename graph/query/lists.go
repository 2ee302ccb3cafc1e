package query

import (
	"context"
	"fmt"
	"sort"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Counts are an entity's numbers for filters and ordering.
type Counts struct {
	Members   int // entities that are members of it
	Alliances int // alliances it is a member of
	Degree    int // distinct entities linked to it over PathRelations
}

// CountAll returns every entity's counts, by slug. It walks every entity's
// edges, so graph.Store keeps the answer for as long as the graph does not
// change; a cancelled context stops it with the context's error.
func CountAll(ctx context.Context, x *index.Index) (map[string]Counts, error) {
	out := make(map[string]Counts)
	tr, err := newTraversal(ctx, x, TraverseOptions{EdgeBudget: int(^uint(0) >> 1)})
	if err != nil {
		return nil, err
	}
	member, hasMember := x.Lookup(schema.MemberOf)
	var buf []hop
	for _, n := range entityIDs(x, nil) {
		e, ok := x.Entity(n)
		if !ok {
			continue
		}
		var cnt Counts
		if buf, err = tr.hops(n, buf); err != nil {
			return nil, err
		}
		distinct := map[index.ID]bool{}
		for _, h := range buf {
			distinct[h.to] = true
			if hasMember && h.e.P == member {
				if h.dir == Out {
					cnt.Alliances++
				} else {
					cnt.Members++
				}
			}
		}
		cnt.Degree = len(distinct)
		out[e.Slug] = cnt
	}
	return out, nil
}

// Ranked is an entity with its counts.
type Ranked struct {
	Entity schema.Entity
	Counts
}

// Order says how List sorts.
type Order int

// Orders for List; every order breaks ties by name, then slug.
const (
	ByName Order = iota
	ByMembers
	ByAlliances
	ByDegree
)

// ListOptions filter and order List. Zero fields do not filter.
type ListOptions struct {
	Types        []schema.EntityType
	Country      string          // attributed to this country
	MemberOf     string          // member of this alliance
	Relation     schema.Relation // takes part in at least one link of it
	MinMembers   int
	MinAlliances int
	OrderBy      Order // counts sort descending, names ascending
}

// List pages the entities opt selects, in its order, with their counts
// (counts is CountAll's answer).
func List(ctx context.Context, x *index.Index, counts map[string]Counts, opt ListOptions, q PageQuery) (Page[Ranked], error) {
	if opt.Relation != "" {
		if _, ok := opt.Relation.Spec(); !ok {
			return Page[Ranked]{}, fmt.Errorf("graph: list: unknown relation %q: %w", opt.Relation, schema.ErrInvalid)
		}
	}
	var out []Ranked
	for _, e := range Entities(x, opt.Types...) {
		c := counts[e.Slug]
		if c.Members < opt.MinMembers || c.Alliances < opt.MinAlliances {
			continue
		}
		if opt.Country != "" && !linked(x, e.Slug, schema.RelHeadquarteredIn, Out, opt.Country) {
			continue
		}
		if opt.MemberOf != "" && !linked(x, e.Slug, schema.RelMemberOf, Out, opt.MemberOf) {
			continue
		}
		if opt.Relation != "" && !linked(x, e.Slug, opt.Relation, Both, "") {
			continue
		}
		out = append(out, Ranked{Entity: e, Counts: c})
	}
	key := func(r Ranked) int {
		switch opt.OrderBy {
		case ByMembers:
			return r.Members
		case ByAlliances:
			return r.Alliances
		case ByDegree:
			return r.Degree
		}
		return 0
	}
	sort.SliceStable(out, func(i, j int) bool { return key(out[i]) > key(out[j]) })
	if err := ctx.Err(); err != nil {
		return Page[Ranked]{}, err
	}
	return rankedPage(out, func(i int) string { return out[i].Entity.Slug }, q)
}

// linked reports whether slug has a stated link of rel (to other, when
// given), from the edges alone: no statement or source is read.
func linked(x *index.Index, slug string, rel schema.Relation, dir Direction, other string) bool {
	spec, ok := rel.Spec()
	if !ok {
		return false
	}
	id, ok1 := x.Lookup(schema.EntityIRI(slug))
	p, ok2 := x.Lookup(spec.Predicate)
	if !ok1 || !ok2 {
		return false
	}
	if spec.Symmetric {
		dir = Both
	}
	stated := func(e index.Edge, end index.ID) bool {
		return (other == "" || x.Slug(end) == other) && x.Stated(e)
	}
	if dir == Out || dir == Both {
		for _, e := range x.Out(id) {
			if e.P == p && x.Slug(e.O) != "" && stated(e, e.O) {
				return true
			}
		}
	}
	if dir == In || dir == Both {
		for _, e := range x.In(id) {
			if e.P == p && stated(e, e.S) {
				return true
			}
		}
	}
	return false
}

// CommonAlliances pages the alliances both entities are members of, by
// name, with their counts (counts is CountAll's answer).
func CommonAlliances(x *index.Index, counts map[string]Counts, a, b string, q PageQuery) (Page[Ranked], error) {
	var of [2][]schema.Link
	for i, slug := range []string{a, b} {
		id, ok := x.Lookup(schema.EntityIRI(slug))
		if !ok {
			return Page[Ranked]{}, fmt.Errorf("graph: links of %s: %w", slug, schema.ErrNotFound)
		}
		of[i] = links(x, id, schema.RelMemberOf, Out)
	}
	inB := map[string]bool{}
	for _, l := range of[1] {
		inB[l.To] = true
	}
	var es []schema.Entity
	for _, l := range of[0] {
		if inB[l.To] {
			if e, err := Entity(x, l.To); err == nil {
				es = append(es, e)
			}
		}
	}
	sortEntities(es)
	out := make([]Ranked, len(es))
	for i, e := range es {
		out[i] = Ranked{Entity: e, Counts: counts[e.Slug]}
	}
	return rankedPage(out, func(i int) string { return out[i].Entity.Slug }, q)
}

// CoMember is an entity that shares alliances with another: its slug and
// name, and the slugs of the shared alliances.
type CoMember struct {
	Slug, Name string
	Alliances  []string
}

// CoMembers pages the entities that share at least one alliance with slug,
// most shared alliances first, then by name. It walks the membership edges
// alone, reading no statement, so a company in many large alliances costs
// one pass over their members.
func CoMembers(ctx context.Context, x *index.Index, slug string, q PageQuery) (Page[CoMember], error) {
	id, err := entityID(x, slug)
	if err != nil {
		return Page[CoMember]{}, err
	}
	var out []CoMember
	if p, ok := x.Lookup(schema.MemberOf); ok {
		if out, err = coMembers(ctx, x, id, p); err != nil {
			return Page[CoMember]{}, err
		}
	}
	return rankedPage(out, func(i int) string { return out[i].Slug }, q)
}

func coMembers(ctx context.Context, x *index.Index, id, memberOf index.ID) ([]CoMember, error) {
	shared := map[index.ID][]string{}
	for _, e := range x.Out(id) {
		if e.P != memberOf || x.Slug(e.O) == "" || !x.Stated(e) {
			continue
		}
		alliance := x.Slug(e.O)
		for _, u := range x.In(e.O) {
			if u.P == memberOf && u.S != id && x.Stated(u) {
				shared[u.S] = append(shared[u.S], alliance)
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	out := make([]CoMember, 0, len(shared))
	keys := make(map[string]string, len(shared))
	for other, as := range shared {
		sort.Strings(as)
		cm := CoMember{Slug: x.Slug(other), Name: x.Name(other), Alliances: as}
		keys[cm.Slug] = schema.Fold(cm.Name) + "\x00" + cm.Slug
		out = append(out, cm)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Alliances) != len(out[j].Alliances) {
			return len(out[i].Alliances) > len(out[j].Alliances)
		}
		return keys[out[i].Slug] < keys[out[j].Slug]
	})
	return out, nil
}
