package query

import (
	"container/heap"
	"context"
	"fmt"
	"maps"
	"sort"
	"strings"

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

	// Set questions, by slugs; an empty list asks nothing. Every slug must
	// name an entity of the graph.
	MemberOfAll []string // a member of every one of these
	MemberOfAny []string // a member of at least one of these
	LedAny      []string // leads at least one of these: is among its leaders (ledBy)
}

// List pages the entities opt selects, in its order, with their counts
// (counts is CountAll's answer).
func List(ctx context.Context, x *index.Index, counts map[string]Counts, opt ListOptions, q PageQuery) (Page[Ranked], error) {
	if opt.Relation != "" {
		if _, ok := opt.Relation.Spec(); !ok {
			return Page[Ranked]{}, fmt.Errorf("graph: list: unknown relation %q: %w", opt.Relation, schema.ErrInvalid)
		}
	}
	inSets, err := setFilter(x, opt)
	if err != nil {
		return Page[Ranked]{}, err
	}
	var out []Ranked
	for _, e := range Entities(x, opt.Types...) {
		c := counts[e.Slug]
		if c.Members < opt.MinMembers || c.Alliances < opt.MinAlliances || !inSets(e.Slug) {
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

// setFilter is the test of opt's set questions (MemberOfAll, MemberOfAny,
// LedAny): an entity passes when it is in the members of every alliance of
// MemberOfAll, of at least one of MemberOfAny, and among the leaders of at
// least one of LedAny. A slug that names no entity is an error wrapping
// schema.ErrNotFound.
func setFilter(x *index.Index, opt ListOptions) (func(slug string) bool, error) {
	var sets []map[string]bool // an entity passes when it is in every one
	for _, q := range []struct {
		slugs []string
		rel   schema.Relation
		dir   Direction // of the link at the slug asked about
		every bool
	}{
		{opt.MemberOfAll, schema.RelMemberOf, In, true},
		{opt.MemberOfAny, schema.RelMemberOf, In, false},
		{opt.LedAny, schema.RelLedBy, Out, false},
	} {
		if len(q.slugs) == 0 {
			continue
		}
		union := map[string]bool{}
		for _, slug := range q.slugs {
			id, err := entityID(x, slug)
			if err != nil {
				return nil, fmt.Errorf("graph: list: %w", err)
			}
			linked := linkedSlugs(x, id, q.rel, q.dir)
			if q.every {
				sets = append(sets, linked)
			} else {
				maps.Copy(union, linked)
			}
		}
		if !q.every {
			sets = append(sets, union)
		}
	}
	return func(slug string) bool {
		for _, s := range sets {
			if !s[slug] {
				return false
			}
		}
		return true
	}, nil
}

// linkedSlugs is the set of entities at the other end of id's stated links
// of rel in direction dir.
func linkedSlugs(x *index.Index, id index.ID, rel schema.Relation, dir Direction) map[string]bool {
	v, _ := newLinkView(x, id, []schema.Relation{rel}, dir)
	out := make(map[string]bool, v.len())
	for i := range v.len() {
		out[x.Slug(v.otherAt(i))] = true
	}
	return out
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

// CommonAlliances pages the alliances every one of the entities slugs is
// a member of, by name, with their counts (counts is CountAll's answer). A
// slug that names no entity is an error wrapping schema.ErrNotFound.
func CommonAlliances(x *index.Index, counts map[string]Counts, slugs []string, q PageQuery) (Page[Ranked], error) {
	var common map[string]bool
	for i, slug := range slugs {
		id, err := entityID(x, slug)
		if err != nil {
			return Page[Ranked]{}, fmt.Errorf("graph: common alliances: %w", err)
		}
		of := linkedSlugs(x, id, schema.RelMemberOf, Out)
		if i == 0 {
			common = of
			continue
		}
		for a := range common {
			if !of[a] {
				delete(common, a)
			}
		}
	}
	var es []schema.Entity
	for a := range common {
		if e, err := Entity(x, a); err == nil {
			es = append(es, e)
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
// most shared alliances first, then by name. It walks the index's sorted
// member lists alone, reading no statement and making no string, so a
// company in many large alliances costs one pass over their members; only
// the page's entries get their shared alliances' slugs.
func CoMembers(ctx context.Context, x *index.Index, slug string, q PageQuery) (Page[CoMember], error) {
	return CoMembersOf(ctx, x, slug, q, true)
}

// CoMembersOf is CoMembers, with the shared alliances of the page's entries
// only when shared is true (a question that does not ask for them need not
// probe every alliance of the entity for each entry: a tenth of a
// co-members answer's time at 10^6 quads).
func CoMembersOf(ctx context.Context, x *index.Index, slug string, q PageQuery, shared bool) (Page[CoMember], error) {
	id, err := entityID(x, slug)
	if err != nil {
		return Page[CoMember]{}, err
	}
	p, ok := x.Lookup(schema.MemberOf)
	if !ok {
		return rankedPage([]CoMember(nil), func(int) string { return "" }, q)
	}
	ranks, err := coMemberRanks(ctx, x, id, p)
	if err != nil {
		return Page[CoMember]{}, err
	}
	rp, err := rankedPage(ranks, func(i int) string { return x.Slug(ranks[i].id) }, q)
	if err != nil {
		return Page[CoMember]{}, err
	}
	out := Page[CoMember]{Items: make([]CoMember, 0, len(rp.Items)), Keys: rp.Keys, Window: rp.Window}
	for _, r := range rp.Items {
		cm := CoMember{Slug: x.Slug(r.id), Name: x.Name(r.id)}
		if shared {
			cm.Alliances = sharedAlliances(x, id, r.id, p)
		}
		out.Items = append(out.Items, cm)
	}
	return out, nil
}

// coMemberRank is an entity sharing alliances with another and how many.
type coMemberRank struct {
	id     index.ID
	shared int
}

// coMemberRanks lists the members of id's alliances other than id, most
// shared alliances first, then in the member lists' order (SortKey: name,
// then slug; then id). Each alliance's member list is kept in that order,
// so the lists are merged as they are (one alliance: its list is the
// answer) and a member in several comes out of the merge that many times
// in a row; the ranks are then grouped by count, most first, each group in
// merge order: no map, no sort.
func coMemberRanks(ctx context.Context, x *index.Index, id, memberOf index.ID) ([]coMemberRank, error) {
	alliances := x.Linked(id, memberOf, index.SideOut)
	lists := make([][]index.ID, 0, len(alliances))
	total := 0
	for _, a := range alliances {
		if l := x.Linked(a, memberOf, index.SideIn); len(l) > 0 {
			lists = append(lists, l)
			total += len(l)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	merged := make([]coMemberRank, 0, total)
	h := make(memberHeads, 0, len(lists))
	for _, l := range lists {
		h = append(h, memberHead{l, x.SortKey(l[0])})
	}
	heap.Init(&h)
	for len(h) > 0 {
		u := h[0].list[0]
		if rest := h[0].list[1:]; len(rest) > 0 {
			h[0] = memberHead{rest, x.SortKey(rest[0])}
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
		if u == id {
			continue
		}
		if n := len(merged); n > 0 && merged[n-1].id == u {
			merged[n-1].shared++
		} else {
			merged = append(merged, coMemberRank{id: u, shared: 1})
		}
	}
	most := 0
	for _, r := range merged {
		most = max(most, r.shared)
	}
	if most <= 1 {
		return merged, nil
	}
	out := make([]coMemberRank, 0, len(merged))
	for n := most; n >= 1; n-- {
		for _, r := range merged {
			if r.shared == n {
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// memberHeads is a heap of member lists by their first entity, in the
// lists' order (sort key, then id): the merge of coMemberRanks.
type memberHeads []memberHead

type memberHead struct {
	list []index.ID // not empty
	key  string     // the sort key of list[0], read once
}

func (h memberHeads) Len() int { return len(h) }
func (h memberHeads) Less(i, j int) bool {
	if c := strings.Compare(h[i].key, h[j].key); c != 0 {
		return c < 0
	}
	return h[i].list[0] < h[j].list[0]
}
func (h memberHeads) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *memberHeads) Push(v any)   { *h = append(*h, v.(memberHead)) }
func (h *memberHeads) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// sharedAlliances are the slugs, sorted, of the alliances both id and other
// are stated members of.
func sharedAlliances(x *index.Index, id, other, memberOf index.ID) []string {
	var out []string
	for _, a := range x.Linked(id, memberOf, index.SideOut) {
		if e := (index.Edge{S: other, P: memberOf, O: a}); x.Has(e) && x.Stated(e) {
			out = append(out, x.Slug(a))
		}
	}
	sort.Strings(out)
	return out
}
