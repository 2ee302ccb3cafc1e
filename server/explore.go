package server

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

var reasonEnums = map[string]generated.MatchReason{
	"exact": generated.MatchReasonExact, "alias": generated.MatchReasonAlias, "acronym": generated.MatchReasonAcronym,
	"prefix": generated.MatchReasonPrefix, "typo": generated.MatchReasonTypo, "words": generated.MatchReasonWords,
	"word prefix": generated.MatchReasonWordPrefix, "fuzzy": generated.MatchReasonFuzzy,
}

func (q queryResolver) Search(ctx context.Context, text string, types []generated.EntityType, first *int, after *string) (*generated.SearchConnection, error) {
	if schema.Fold(text) == "" {
		return nil, schema.Userf(schema.ErrInvalid, nil, "the search text is empty; give a name or a part of one")
	}
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	p, err := q.Store.Search(ctx, text, entityTypes(types), pq)
	if err != nil {
		return nil, err
	}
	return &generated.SearchConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total,
		Edges: edges(p, func(c string, h *query.SearchHit) generated.SearchEdge {
			return generated.SearchEdge{Cursor: c, Node: h.Entity.Typed(), Score: h.Score, Reason: reasonEnums[h.Reason], Matched: h.Matched, Edits: h.Edits}
		})}, nil
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

func traverse(maxHops *int, rels []generated.Relation) query.TraverseOptions {
	opt := query.TraverseOptions{Relations: relations(rels)}
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
	if maxHops != nil && (*maxHops < 1 || *maxHops > query.MaxHops) {
		return nil, outOfRange("maxHops", *maxHops, 1, query.MaxHops)
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
			if st.Dir == query.In {
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
		if d < 1 || d > query.MaxNeighbourhood {
			return nil, outOfRange("depth", d, 1, query.MaxNeighbourhood)
		}
	}
	if limit != nil {
		n = *limit
		if n < 1 || n > query.MaxNeighbourhoodLimit {
			return nil, outOfRange("limit", n, 1, query.MaxNeighbourhoodLimit)
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

func (q queryResolver) Timeline(ctx context.Context, slug string, rels []generated.Relation, from *schema.Date, to *schema.Date, first *int, after *string) (*generated.TimelineConnection, error) {
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	opt := query.TimelineOptions{Relations: relations(rels)}
	if opt.Within, err = interval(from, to); err != nil {
		return nil, err
	}
	p, err := q.Store.Timeline(ctx, slug, opt, pq)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, slug)
	}
	ents, err := q.entitiesOf(ctx, func(add func(string)) {
		for _, e := range p.Items {
			add(e.Link.From)
			add(e.Link.To)
		}
	})
	if err != nil {
		return nil, err
	}
	return &generated.TimelineConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total,
		Edges: edges(p, func(c string, e *query.Event) generated.TimelineEdge {
			ev := &generated.TimelineEvent{Date: e.Date, Kind: eventKinds[e.Kind], Relation: relationEnum(e.Link.Relation),
				From: ents[e.Link.From].Typed(), Role: roleEnum(e.Link), Sources: e.Link.Sources}
			if e.Link.To != "" {
				ev.To = ents[e.Link.To].Typed()
			}
			return generated.TimelineEdge{Cursor: c, Node: ev}
		})}, nil
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

var orders = map[generated.EntityOrder]query.Order{
	generated.EntityOrderName: query.ByName, generated.EntityOrderMemberCount: query.ByMembers,
	generated.EntityOrderAllianceCount: query.ByAlliances, generated.EntityOrderDegree: query.ByDegree,
}

func (q queryResolver) Companies(ctx context.Context, country *string, memberOf *string, memberOfAll []string, memberOfAny []string, ledAny []string, minAlliances *int, relation *generated.Relation, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	if err := slugLists([]string{"memberOfAll", "memberOfAny", "ledAny"}, memberOfAll, memberOfAny, ledAny); err != nil {
		return nil, err
	}
	opt := query.ListOptions{Types: []schema.EntityType{schema.TypeCompany, schema.TypeJointVenture},
		Country: deref(country), MemberOf: deref(memberOf), MinAlliances: derefInt(minAlliances),
		MemberOfAll: memberOfAll, MemberOfAny: memberOfAny, LedAny: ledAny}
	return q.ranked(ctx, opt, relation, orderBy, page{first: first, after: after})
}

func (q queryResolver) Alliances(ctx context.Context, country *string, minMembers *int, relation *generated.Relation, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	opt := query.ListOptions{Types: []schema.EntityType{schema.TypeAlliance}, Country: deref(country), MinMembers: derefInt(minMembers)}
	return q.ranked(ctx, opt, relation, orderBy, page{first: first, after: after})
}

func (q queryResolver) ranked(ctx context.Context, opt query.ListOptions, relation *generated.Relation, orderBy *generated.EntityOrder, pg page) (*generated.RankedConnection, error) {
	if relation != nil {
		opt.Relation = relationOf(*relation)
	}
	if orderBy != nil {
		opt.OrderBy = orders[*orderBy]
	}
	pq, err := pg.pageQuery()
	if err != nil {
		return nil, err
	}
	p, err := q.Store.List(ctx, opt, pq)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, slices.Concat(opt.MemberOfAll, opt.MemberOfAny, opt.LedAny)...)
	}
	return rankedConnection(p), nil
}

// rankedConnection maps a page of ranked entities.
func rankedConnection(p query.Page[query.Ranked]) *generated.RankedConnection {
	return &generated.RankedConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total,
		Edges: edges(p, func(c string, r *query.Ranked) generated.RankedEdge {
			return generated.RankedEdge{Cursor: c, Node: r.Entity.Typed(), MemberCount: r.Members, AllianceCount: r.Alliances, Degree: r.Degree}
		})}
}

func derefInt(v *int) int {
	if v == nil {
		return 0
	}
	return *v
}

func (q queryResolver) CommonAlliances(ctx context.Context, a *string, b *string, slugs []string, first *int, after *string) (*generated.RankedConnection, error) {
	all, err := entityList("commonAlliances", slices.Concat(optList(a), optList(b), slugs))
	if err != nil {
		return nil, err
	}
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	p, err := q.Store.CommonAlliances(ctx, all, pq)
	if err != nil {
		return nil, q.explainSlugs(ctx, err, all...)
	}
	return rankedConnection(p), nil
}

// optList is the list of an optional argument: empty when it is not given.
func optList(s *string) []string {
	if s == nil {
		return nil
	}
	return []string{*s}
}

func (q queryResolver) CoMembers(ctx context.Context, slug string, first *int, after *string) (*generated.CoMemberConnection, error) {
	pq, err := page{first: first, after: after}.pageQuery()
	if err != nil {
		return nil, err
	}
	p, err := q.Store.CoMembersOf(ctx, slug, pq, asks(ctx, "edges", "alliances"))
	if err != nil {
		return nil, q.explainSlugs(ctx, err, slug)
	}
	// Entities are read for the page only.
	ents, _ := q.entitiesOf(ctx, func(add func(string)) {
		for _, cm := range p.Items {
			add(cm.Slug)
			for _, a := range cm.Alliances {
				add(a)
			}
		}
	})
	return &generated.CoMemberConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total,
		Edges: edges(p, func(c string, cm *query.CoMember) generated.CoMemberEdge {
			e := generated.CoMemberEdge{Cursor: c, Node: ents[cm.Slug].Typed(), Alliances: []schema.Typed{}}
			for _, a := range cm.Alliances {
				e.Alliances = append(e.Alliances, ents[a].Typed())
			}
			return e
		})}, nil
}

// asks reports whether the field being resolved selects the path of fields
// given (by name, under any alias, through fragments, as @skip and
// @include leave it): whether an answer needs what only that path shows.
func asks(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return true // not under a field: answer everything
	}
	oc := graphql.GetOperationContext(ctx)
	sels := []ast.SelectionSet{fc.Field.Selections}
	for _, name := range path {
		var next []ast.SelectionSet
		for _, sel := range sels {
			for _, f := range graphql.CollectFields(oc, sel, nil) {
				if f.Name == name {
					next = append(next, f.Selections)
				}
			}
		}
		if len(next) == 0 {
			return false
		}
		sels = next
	}
	return true
}
