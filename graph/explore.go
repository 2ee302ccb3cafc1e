package graph

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/telcograph/telcograph/schema"
)

// Neighbourhood limits.
const (
	DefaultNeighbourhoodLimit = 200
	MaxNeighbourhoodLimit     = 2000
)

// Subgraph is a part of the graph shaped for a graph view: entities and the
// links among them. Truncated is true when the node limit cut it short.
type Subgraph struct {
	Nodes     []schema.Entity
	Edges     []schema.Link
	Truncated bool
}

// Neighbourhood returns the entities within depth hops of slug (depth 1 to
// MaxNeighbourhood) over the followed relations, at most limit of them
// (nearest first), and every followed link among them.
func (s *Store) Neighbourhood(ctx context.Context, slug string, depth, limit int, opt TraverseOptions) (Subgraph, error) {
	if depth < 1 || depth > MaxNeighbourhood {
		return Subgraph{}, fmt.Errorf("graph: neighbourhood: depth %d is not within 1..%d: %w", depth, MaxNeighbourhood, schema.ErrLimit)
	}
	if limit <= 0 {
		limit = DefaultNeighbourhoodLimit
	}
	if limit > MaxNeighbourhoodLimit {
		return Subgraph{}, fmt.Errorf("graph: neighbourhood: limit %d is over %d: %w", limit, MaxNeighbourhoodLimit, schema.ErrLimit)
	}
	s.rlock()
	defer s.mu.RUnlock()
	start, err := s.idx.entityID(slug)
	if err != nil {
		return Subgraph{}, err
	}
	tr, err := s.newTraversal(ctx, opt)
	if err != nil {
		return Subgraph{}, err
	}
	in := map[nodeID]bool{start: true}
	order := []nodeID{start}
	front := []nodeID{start}
	truncated := false
	var buf []hop
	for d := 0; d < depth && len(front) > 0 && !truncated; d++ {
		var next []nodeID
		for _, n := range front {
			if buf, err = tr.hops(n, buf); err != nil {
				return Subgraph{}, err
			}
			for _, h := range buf {
				if in[h.to] {
					continue
				}
				if len(order) >= limit {
					truncated = true
					break
				}
				in[h.to] = true
				order = append(order, h.to)
				next = append(next, h.to)
			}
		}
		front = next
	}
	var g Subgraph
	g.Truncated = truncated
	seen := map[triple]bool{}
	for _, n := range order {
		e, _ := s.idx.entity(n)
		g.Nodes = append(g.Nodes, e)
		if buf, err = tr.hops(n, buf); err != nil {
			return Subgraph{}, err
		}
		for _, h := range buf {
			if in[h.to] && !seen[h.t] {
				seen[h.t] = true
				g.Edges = append(g.Edges, s.idx.edgeLink(h.t))
			}
		}
	}
	return g, nil
}

// Event is a dated happening in an entity's history: a founding, the start
// or end of a link, or a dated link such as an investment.
type Event struct {
	Date schema.Date
	Kind string // "founded", "start", "end", "dated"
	Link schema.Link
}

// eventRank orders events of the same date: a founding before the joins it
// brings, before dated links, before departures.
var eventRank = map[string]int{"founded": 0, "start": 1, "dated": 2, "end": 3}

// Timeline lists the dated events of an entity in date order, each with its
// sources: its founding, joins and departures, leadership and roles,
// partnerships and investments.
func (s *Store) Timeline(ctx context.Context, slug string) ([]Event, error) {
	var out []Event
	fs, err := s.Founded(ctx, slug)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		if !f.Date.IsZero() {
			out = append(out, Event{Date: f.Date, Kind: "founded", Link: f})
		}
	}
	var links []schema.Link
	for _, members := range []func(context.Context, string, schema.Date) ([]schema.Link, error){s.Members, s.Memberships} {
		ls, err := members(ctx, slug, schema.Date{})
		if err != nil {
			return nil, err
		}
		links = append(links, ls...)
	}
	for _, spec := range schema.Relations() {
		switch spec.Name {
		case schema.RelMemberOf, schema.RelFoundingMember, schema.RelFounded:
			continue
		}
		ls, err := s.Links(ctx, slug, spec.Name, Both)
		if err != nil {
			return nil, err
		}
		links = append(links, ls...)
	}
	for _, l := range links {
		if !l.Since.IsZero() {
			out = append(out, Event{Date: l.Since, Kind: "start", Link: l})
		}
		if !l.Until.IsZero() {
			out = append(out, Event{Date: l.Until, Kind: "end", Link: l})
		}
		if !l.Date.IsZero() {
			out = append(out, Event{Date: l.Date, Kind: "dated", Link: l})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Date.Start().Equal(b.Date.Start()) {
			return a.Date.Start().Before(b.Date.Start())
		}
		if a.Kind != b.Kind {
			return eventRank[a.Kind] < eventRank[b.Kind]
		}
		return a.Link.From+a.Link.To < b.Link.From+b.Link.To
	})
	return out, nil
}

// Counts are an entity's numbers for filters and ordering.
type Counts struct {
	Members   int // entities that are members of it
	Alliances int // alliances it is a member of
	Degree    int // distinct entities linked to it over PathRelations
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

// List returns entities filtered and ordered by opt, with their counts.
func (s *Store) List(ctx context.Context, opt ListOptions) ([]Ranked, error) {
	if opt.Relation != "" {
		if _, ok := opt.Relation.Spec(); !ok {
			return nil, fmt.Errorf("graph: list: unknown relation %q: %w", opt.Relation, schema.ErrInvalid)
		}
	}
	counts := s.counts(ctx)
	var out []Ranked
	for _, e := range s.Entities(ctx, opt.Types...) {
		c := counts[e.Slug]
		if c.Members < opt.MinMembers || c.Alliances < opt.MinAlliances {
			continue
		}
		if opt.Country != "" && !s.linked(ctx, e.Slug, schema.RelHeadquarteredIn, Out, opt.Country) {
			continue
		}
		if opt.MemberOf != "" && !s.linked(ctx, e.Slug, schema.RelMemberOf, Out, opt.MemberOf) {
			continue
		}
		if opt.Relation != "" && !s.linked(ctx, e.Slug, opt.Relation, Both, "") {
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
	return out, ctx.Err()
}

// linked reports whether slug has a stated link of rel (to other, when
// given), from the edges alone: no statement or source is read.
func (s *Store) linked(ctx context.Context, slug string, rel schema.Relation, dir Direction, other string) bool {
	spec, ok := rel.Spec()
	if !ok {
		return false
	}
	s.rlock()
	defer s.mu.RUnlock()
	x := s.idx
	id, ok1 := x.id(schema.EntityIRI(slug))
	p, ok2 := x.id(spec.Predicate)
	if !ok1 || !ok2 {
		return false
	}
	if spec.Symmetric {
		dir = Both
	}
	stated := func(t triple, end nodeID) bool {
		return (other == "" || x.slug(end) == other) && len(x.statementsOf(t)) > 0
	}
	if dir == Out || dir == Both {
		for _, t := range x.out[id] {
			if t.p == p && x.isEntity(t.o) && stated(t, t.o) {
				return true
			}
		}
	}
	if dir == In || dir == Both {
		for _, t := range x.in[id] {
			if t.p == p && stated(t, t.s) {
				return true
			}
		}
	}
	return false
}

// countsCache holds every entity's counts for one version of the graph.
type countsCache struct {
	mu      sync.Mutex
	version uint64
	counts  map[string]Counts
}

// counts returns every entity's counts, computed once per graph version.
func (s *Store) counts(ctx context.Context) map[string]Counts {
	s.rlock()
	defer s.mu.RUnlock()
	c := &s.countsCache
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts != nil && c.version == s.version {
		return c.counts
	}
	x := s.idx
	out := make(map[string]Counts)
	tr, _ := s.newTraversal(ctx, TraverseOptions{EdgeBudget: int(^uint(0) >> 1)})
	member, hasMember := x.id(schema.MemberOf)
	var buf []hop
	for n := range x.out {
		e, ok := x.entity(n)
		if !ok {
			continue
		}
		var cnt Counts
		buf, _ = tr.hops(n, buf)
		distinct := map[nodeID]bool{}
		for _, h := range buf {
			distinct[h.to] = true
			if hasMember && h.t.p == member {
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
	c.counts, c.version = out, s.version
	return out
}

// CountsOf returns one entity's counts.
func (s *Store) CountsOf(ctx context.Context, slug string) (Counts, error) {
	if _, err := s.Entity(ctx, slug); err != nil {
		return Counts{}, err
	}
	return s.counts(ctx)[slug], nil
}

// CommonAlliances returns the alliances both entities are members of, by
// name.
func (s *Store) CommonAlliances(ctx context.Context, a, b string) ([]schema.Entity, error) {
	la, err := s.Links(ctx, a, schema.RelMemberOf, Out)
	if err != nil {
		return nil, err
	}
	lb, err := s.Links(ctx, b, schema.RelMemberOf, Out)
	if err != nil {
		return nil, err
	}
	inB := map[string]bool{}
	for _, l := range lb {
		inB[l.To] = true
	}
	var out []schema.Entity
	for _, l := range la {
		if inB[l.To] {
			if e, err := s.Entity(ctx, l.To); err == nil {
				out = append(out, e)
			}
		}
	}
	sortEntities(out)
	return out, nil
}

// CoMember is an entity that shares alliances with another: its slug and
// name, and the slugs of the shared alliances.
type CoMember struct {
	Slug, Name string
	Alliances  []string
}

// CoMembers returns the entities that share at least one alliance with
// slug, most shared alliances first, then by name. It walks the membership
// edges alone, reading no statement, so a company in many large alliances
// costs one pass over their members.
func (s *Store) CoMembers(ctx context.Context, slug string) ([]CoMember, error) {
	s.rlock()
	defer s.mu.RUnlock()
	x := s.idx
	id, err := x.entityID(slug)
	if err != nil {
		return nil, err
	}
	p, ok := x.id(schema.MemberOf)
	if !ok {
		return nil, nil
	}
	shared := map[nodeID][]string{}
	for _, t := range x.out[id] {
		if t.p != p || !x.isEntity(t.o) || len(x.statementsOf(t)) == 0 {
			continue
		}
		alliance := x.slug(t.o)
		for _, u := range x.in[t.o] {
			if u.p == p && u.s != id && len(x.statementsOf(u)) > 0 {
				shared[u.s] = append(shared[u.s], alliance)
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
		cm := CoMember{Slug: x.slug(other), Name: x.name(other), Alliances: as}
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
