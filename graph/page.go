package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// MaxPage caps First and Last of a page; it is also the page size when
// neither is given.
const MaxPage = 100

// PageQuery asks for a page of a list sorted by keys: the items after After
// and before Before (keys, "" for none), then the First of them from the
// front or the Last from the back (-1 for unset).
type PageQuery struct {
	After, Before string
	First, Last   int
	AsOf          schema.Date // for links: only those in force then
}

// Window is the part of a sorted list a page selects: items[From:To].
type Window struct {
	From, To         int
	Total            int
	HasNext, HasPrev bool
}

// Page selects a page of n items whose ascending keys key(i) gives. First or
// Last outside 0..MaxPage is an error wrapping schema.ErrLimit.
func Page(n int, key func(int) string, q PageQuery) (Window, error) {
	for _, v := range []int{q.First, q.Last} {
		if v > MaxPage || v < -1 {
			return Window{}, fmt.Errorf("page size %d is out of range 0..%d: %w", v, MaxPage, schema.ErrLimit)
		}
	}
	from, to := 0, n
	if q.After != "" {
		from = sort.Search(n, func(i int) bool { return key(i) > q.After })
	}
	if q.Before != "" {
		to = sort.Search(n, func(i int) bool { return key(i) >= q.Before })
	}
	to = max(to, from)
	lo, hi := from, to
	switch {
	case q.First >= 0:
		hi = min(hi, lo+q.First)
		if q.Last >= 0 {
			lo = max(lo, hi-q.Last)
		}
	case q.Last >= 0:
		lo = max(lo, hi-q.Last)
	default:
		hi = min(hi, lo+MaxPage)
	}
	return Window{From: lo, To: hi, Total: n, HasNext: hi < n, HasPrev: lo > 0}, nil
}

// LinkPage is a page of links with their sort keys.
type LinkPage struct {
	Links []schema.Link
	Keys  []string
	Window
}

// LinkPageKey names one LinkPage call; it is comparable, so loaders can
// batch by it.
type LinkPageKey struct {
	Slug      string
	Relations string // relation names joined by ","
	Dir       Direction
	Query     PageQuery
}

// candidate is a link before its sources are read: the edge triples (two
// for a partnership stated both ways) and its sort key.
type candidate struct {
	ts    []triple
	rel   schema.Relation
	other nodeID
	dir   Direction
	key   string
}

// LinkPages answers several LinkPage calls in one read of the index.
func (s *Store) LinkPages(ctx context.Context, keys []LinkPageKey) ([]LinkPage, []error) {
	out := make([]LinkPage, len(keys))
	errs := make([]error, len(keys))
	s.rlock()
	defer s.mu.RUnlock()
	for i, k := range keys {
		out[i], errs[i] = s.idx.linkPage(k)
	}
	return out, errs
}

// linkPage pages the links of some relations at one entity, ordered by the
// other end's name, then slug, relation and direction. Only the page's links
// have their statements and sources read, so a page of an alliance with
// thousands of members costs about as much as one of ten (unless AsOf asks
// for every link's dates).
func (x *index) linkPage(k LinkPageKey) (LinkPage, error) {
	id, err := x.entityID(k.Slug)
	if err != nil {
		return LinkPage{}, err
	}
	var cands []candidate
	for _, rel := range splitRelations(k.Relations) {
		spec, ok := rel.Spec()
		if !ok {
			return LinkPage{}, fmt.Errorf("graph: links of %s: unknown relation %q: %w", k.Slug, rel, schema.ErrInvalid)
		}
		cands = x.candidates(cands, id, rel, spec, k.Dir)
	}
	if !k.Query.AsOf.IsZero() {
		kept := cands[:0]
		for _, c := range cands {
			if InForce(x.candidateLink(c), k.Query.AsOf) {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].key < cands[j].key })
	w, err := Page(len(cands), func(i int) string { return cands[i].key }, k.Query)
	if err != nil {
		return LinkPage{}, err
	}
	p := LinkPage{Window: w}
	for _, c := range cands[w.From:w.To] {
		p.Links = append(p.Links, x.candidateLink(c))
		p.Keys = append(p.Keys, c.key)
	}
	return p, nil
}

// candidates adds the links of one relation at id. A partnership stated in
// both directions is one candidate.
func (x *index) candidates(out []candidate, id nodeID, rel schema.Relation, spec schema.RelationSpec, dir Direction) []candidate {
	p, ok := x.id(spec.Predicate)
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
	add := func(t triple, other nodeID, d Direction) {
		if spec.Symmetric {
			for i := range out {
				if out[i].rel == rel && out[i].other == other {
					out[i].ts = append(out[i].ts, t)
					return
				}
			}
			d = Out
		}
		if len(x.statementsOf(t)) == 0 {
			return
		}
		slug := x.slug(other)
		key := schema.Fold(x.name(other)) + "\x00" + slug + "\x00" + name + "\x00" + dirName(d)
		out = append(out, candidate{ts: []triple{t}, rel: rel, other: other, dir: d, key: key})
	}
	if dir == Out || dir == Both {
		for _, t := range x.out[id] {
			if t.p == p && x.isEntity(t.o) {
				add(t, t.o, Out)
			}
		}
	}
	if dir == In || dir == Both {
		for _, t := range x.in[id] {
			if t.p == p {
				add(t, t.s, In)
			}
		}
	}
	return out
}

// candidateLink reads a candidate's link with its sources; a partnership
// stated both ways is one link from the entity asked about.
func (x *index) candidateLink(c candidate) schema.Link {
	var l schema.Link
	for i, t := range c.ts {
		one, _ := x.link(c.rel, t)
		if i == 0 {
			l = one
			continue
		}
		l.Sources = append(l.Sources, one.Sources...)
	}
	if len(c.ts) > 1 {
		sortSources(l.Sources)
	}
	if c.rel == schema.RelPartnerOf && l.From == x.slug(c.other) {
		// A partnership reads from the entity asked about.
		l.From, l.To = l.To, l.From
	}
	return l
}

// slug is the slug of an entity node, "" for any other node.
func (x *index) slug(id nodeID) string {
	iri, _ := x.vals[id].(quad.IRI)
	s, _ := schema.SlugOf(iri)
	return s
}

func dirName(d Direction) string {
	if d == In {
		return "IN"
	}
	return "OUT"
}

func splitRelations(s string) []schema.Relation {
	var out []schema.Relation
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, schema.Relation(s[start:i]))
			}
			start = i + 1
		}
	}
	return out
}

// JoinRelations makes the Relations field of a LinkPageKey.
func JoinRelations(rels ...schema.Relation) string {
	out := ""
	for i, r := range rels {
		if i > 0 {
			out += ","
		}
		out += string(r)
	}
	return out
}
