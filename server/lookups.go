package server

import (
	"context"
	"strconv"
	"strings"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

var reasonEnums = map[string]generated.MatchReason{
	"exact": generated.MatchReasonExact, "alias": generated.MatchReasonAlias, "acronym": generated.MatchReasonAcronym,
	"prefix": generated.MatchReasonPrefix, "typo": generated.MatchReasonTypo, "words": generated.MatchReasonWords,
	"word prefix": generated.MatchReasonWordPrefix, "fuzzy": generated.MatchReasonFuzzy,
}

func (q queryResolver) Search(ctx context.Context, text string, types []generated.EntityType, first *int, after *string) (*generated.SearchConnection, error) {
	// Hits come best first and their cursors carry their rank, so only the
	// hits up to the end of the page are read.
	need := MaxPageSize
	if first != nil {
		need = *first
	}
	from := 0
	if after != nil {
		k, err := decodeCursor("after", *after)
		if err != nil {
			return nil, err
		}
		if n, err := strconv.Atoi(strings.SplitN(k, "\x00", 2)[0]); err == nil {
			from = n + 1
		}
	}
	if schema.Fold(text) == "" {
		return nil, schema.Userf(schema.ErrInvalid, nil, "the search text is empty; give a name or a part of one")
	}
	hits, total, err := q.Store.SearchCount(ctx, text, entityTypes(types), min(from+need+1, graph.MaxSearchHits))
	if err != nil {
		return nil, err
	}
	key := func(i int) string { return pad(i) + "\x00" + hits[i].Entity.Slug }
	w, err := paginate(len(hits), key, page{first: first, after: after})
	if err != nil {
		return nil, err
	}
	w.info.HasNextPage = w.to < total
	c := &generated.SearchConnection{PageInfo: w.info, TotalCount: total, Edges: []generated.SearchEdge{}}
	for i, h := range hits[w.from:w.to] {
		c.Edges = append(c.Edges, generated.SearchEdge{Cursor: cursor(w.keys[i]), Node: h.Entity.Typed(),
			Score: h.Score, Reason: reasonEnums[h.Reason], Matched: h.Matched, Edits: h.Edits})
	}
	return c, nil
}

// pad writes a rank so that keys sort as numbers.
func pad(i int) string {
	s := "0000000000" + itoa(i)
	return s[len(s)-10:]
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		if i /= 10; i == 0 {
			return string(b[n:])
		}
	}
}

func entityTypes(ts []generated.EntityType) []schema.EntityType {
	var out []schema.EntityType
	for _, t := range ts {
		for k, v := range typeEnums {
			if v == t {
				out = append(out, k)
			}
		}
	}
	return out
}

func relations(rs []generated.Relation) []schema.Relation {
	var out []schema.Relation
	for _, r := range rs {
		out = append(out, relationOf(r))
	}
	return out
}

func traverse(maxHops *int, rels []generated.Relation) graph.TraverseOptions {
	opt := graph.TraverseOptions{Relations: relations(rels)}
	if maxHops != nil {
		opt.MaxHops = *maxHops
	}
	return opt
}

func (q queryResolver) Path(ctx context.Context, from string, to string, maxHops *int, rels []generated.Relation) (*generated.Path, error) {
	ps, err := q.Paths(ctx, from, to, ptr(1), maxHops, rels)
	if err != nil || len(ps) == 0 {
		return nil, err
	}
	return &ps[0], nil
}

// MaxPaths caps paths(k:).
const MaxPaths = 10

func (q queryResolver) Paths(ctx context.Context, from string, to string, k *int, maxHops *int, rels []generated.Relation) ([]generated.Path, error) {
	n := 3
	if k != nil {
		n = *k
	}
	if n < 1 || n > MaxPaths {
		return nil, outOfRange("k", n, 1, MaxPaths)
	}
	opt := traverse(maxHops, rels)
	opt.EdgeBudget = q.EdgeBudget
	if maxHops != nil && (*maxHops < 1 || *maxHops > graph.MaxHops) {
		return nil, outOfRange("maxHops", *maxHops, 1, graph.MaxHops)
	}
	ps, err := q.Store.Paths(ctx, from, to, n, opt)
	if err != nil {
		return nil, q.explainTraversal(ctx, err, from, to)
	}
	out := make([]generated.Path, 0, len(ps))
	for _, p := range ps {
		gp := generated.Path{Hops: len(p.Steps), Nodes: []schema.Typed{}, Edges: []generated.GraphEdge{}}
		ents := map[string]schema.Entity{}
		for _, e := range p.Nodes {
			gp.Nodes = append(gp.Nodes, e.Typed())
			ents[e.Slug] = e
		}
		for _, st := range p.Steps {
			dir := generated.DirectionOut
			if st.Dir == graph.In {
				dir = generated.DirectionIn
			}
			gp.Edges = append(gp.Edges, graphEdge(st.Link, dir, ents))
		}
		out = append(out, gp)
	}
	return out, nil
}

func ptr[T any](v T) *T { return &v }

// graphEdge converts a link whose ends are in ents.
func graphEdge(l schema.Link, dir generated.Direction, ents map[string]schema.Entity) generated.GraphEdge {
	return generated.GraphEdge{
		Relation: relationEnum(l.Relation), From: ents[l.From].Typed(), To: ents[l.To].Typed(), Direction: dir,
		Since: optDate(l.Since), Until: optDate(l.Until), Role: roleEnum(l), Modality: modalityEnum(l.Modality),
		Disputed: l.Disputed, Sources: l.Sources,
	}
}

func (q queryResolver) Neighbourhood(ctx context.Context, slug string, depth *int, rels []generated.Relation, limit *int) (*generated.Subgraph, error) {
	d, n := 1, 0
	if depth != nil {
		d = *depth
		if d < 1 || d > graph.MaxNeighbourhood {
			return nil, outOfRange("depth", d, 1, graph.MaxNeighbourhood)
		}
	}
	if limit != nil {
		n = *limit
		if n < 1 || n > graph.MaxNeighbourhoodLimit {
			return nil, outOfRange("limit", n, 1, graph.MaxNeighbourhoodLimit)
		}
	}
	opt := traverse(nil, rels)
	opt.EdgeBudget = q.EdgeBudget
	g, err := q.Store.Neighbourhood(ctx, slug, d, n, opt)
	if err != nil {
		return nil, q.explainTraversal(ctx, err, slug)
	}
	out := &generated.Subgraph{Truncated: g.Truncated, Nodes: []schema.Typed{}, Edges: []generated.GraphEdge{}}
	ents := map[string]schema.Entity{}
	for _, e := range g.Nodes {
		out.Nodes = append(out.Nodes, e.Typed())
		ents[e.Slug] = e
	}
	for _, l := range g.Edges {
		out.Edges = append(out.Edges, graphEdge(l, generated.DirectionOut, ents))
	}
	return out, nil
}

var eventKinds = map[string]generated.EventKind{
	"founded": generated.EventKindFounded, "start": generated.EventKindStart,
	"end": generated.EventKindEnd, "dated": generated.EventKindDated,
}

func (q queryResolver) Timeline(ctx context.Context, slug string, first *int, after *string) (*generated.TimelineConnection, error) {
	evs, err := q.Store.Timeline(ctx, slug)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, slug)
	}
	ents, err := q.entitiesOf(ctx, func(add func(string)) {
		for _, e := range evs {
			add(e.Link.From)
			add(e.Link.To)
		}
	})
	if err != nil {
		return nil, err
	}
	key := func(i int) string { return pad(i) }
	w, err := paginate(len(evs), key, page{first: first, after: after})
	if err != nil {
		return nil, err
	}
	c := &generated.TimelineConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.TimelineEdge{}}
	for i, e := range evs[w.from:w.to] {
		ev := &generated.TimelineEvent{Date: e.Date, Kind: eventKinds[e.Kind], Relation: relationEnum(e.Link.Relation),
			From: ents[e.Link.From].Typed(), Role: roleEnum(e.Link), Sources: e.Link.Sources}
		if e.Link.To != "" {
			ev.To = ents[e.Link.To].Typed()
		}
		c.Edges = append(c.Edges, generated.TimelineEdge{Cursor: cursor(w.keys[i]), Node: ev})
	}
	return c, nil
}

// entitiesOf fetches, in one store read, the entities whose slugs collect
// names.
func (r *Resolver) entitiesOf(ctx context.Context, collect func(add func(string))) (map[string]schema.Entity, error) {
	var slugs []string
	collect(func(s string) {
		if s != "" {
			slugs = append(slugs, s)
		}
	})
	return r.entitiesBySlug(ctx, slugs), nil
}

var orders = map[generated.EntityOrder]graph.Order{
	generated.EntityOrderName: graph.ByName, generated.EntityOrderMemberCount: graph.ByMembers,
	generated.EntityOrderAllianceCount: graph.ByAlliances, generated.EntityOrderDegree: graph.ByDegree,
}

func (q queryResolver) Companies(ctx context.Context, country *string, memberOf *string, minAlliances *int, relation *generated.Relation, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	opt := graph.ListOptions{Types: []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture},
		Country: deref(country), MemberOf: deref(memberOf), MinAlliances: derefInt(minAlliances)}
	return q.ranked(ctx, opt, relation, orderBy, page{first: first, after: after})
}

func (q queryResolver) Alliances(ctx context.Context, country *string, minMembers *int, relation *generated.Relation, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	opt := graph.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, Country: deref(country), MinMembers: derefInt(minMembers)}
	return q.ranked(ctx, opt, relation, orderBy, page{first: first, after: after})
}

func (q queryResolver) ranked(ctx context.Context, opt graph.ListOptions, relation *generated.Relation, orderBy *generated.EntityOrder, p page) (*generated.RankedConnection, error) {
	if relation != nil {
		opt.Relation = relationOf(*relation)
	}
	if orderBy != nil {
		opt.OrderBy = orders[*orderBy]
	}
	rs, err := q.Store.List(ctx, opt)
	if err != nil {
		return nil, err
	}
	return rankedConnection(rs, p)
}

// rankedConnection pages ranked entities in the order given.
func rankedConnection(rs []graph.Ranked, p page) (*generated.RankedConnection, error) {
	key := func(i int) string { return pad(i) + "\x00" + rs[i].Entity.Slug }
	w, err := paginate(len(rs), key, p)
	if err != nil {
		return nil, err
	}
	c := &generated.RankedConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.RankedEdge{}}
	for i, r := range rs[w.from:w.to] {
		c.Edges = append(c.Edges, generated.RankedEdge{Cursor: cursor(w.keys[i]), Node: r.Entity.Typed(),
			MemberCount: r.Members, AllianceCount: r.Alliances, Degree: r.Degree})
	}
	return c, nil
}

func derefInt(v *int) int {
	if v == nil {
		return 0
	}
	return *v
}

func (q queryResolver) CommonAlliances(ctx context.Context, a string, b string, first *int, after *string) (*generated.RankedConnection, error) {
	es, err := q.Store.CommonAlliances(ctx, a, b)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, a, b)
	}
	rs := make([]graph.Ranked, 0, len(es))
	for _, e := range es {
		c, _ := q.Store.CountsOf(ctx, e.Slug)
		rs = append(rs, graph.Ranked{Entity: e, Counts: c})
	}
	return rankedConnection(rs, page{first: first, after: after})
}

func (q queryResolver) CoMembers(ctx context.Context, slug string, first *int, after *string) (*generated.CoMemberConnection, error) {
	cms, err := q.Store.CoMembers(ctx, slug)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, slug)
	}
	key := func(i int) string { return pad(i) + "\x00" + cms[i].Slug }
	w, err := paginate(len(cms), key, page{first: first, after: after})
	if err != nil {
		return nil, err
	}
	// Entities are read for the page only.
	ents, _ := q.entitiesOf(ctx, func(add func(string)) {
		for _, cm := range cms[w.from:w.to] {
			add(cm.Slug)
			for _, a := range cm.Alliances {
				add(a)
			}
		}
	})
	c := &generated.CoMemberConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.CoMemberEdge{}}
	for i, cm := range cms[w.from:w.to] {
		e := generated.CoMemberEdge{Cursor: cursor(w.keys[i]), Node: ents[cm.Slug].Typed(), Alliances: []schema.Typed{}}
		for _, a := range cm.Alliances {
			e.Alliances = append(e.Alliances, ents[a].Typed())
		}
		c.Edges = append(c.Edges, e)
	}
	return c, nil
}
