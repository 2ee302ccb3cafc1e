package server

import (
	"context"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

type statsResolver struct{ *Resolver }

// Stats returns the Stats field resolver.
func (r *Resolver) Stats() generated.StatsResolver { return statsResolver{r} }

func (q queryResolver) Stats(ctx context.Context, slug *string) (*generated.Stats, error) {
	if slug != nil {
		if _, err := q.entity(ctx, *slug); err != nil {
			return nil, err
		}
	}
	return &generated.Stats{Slug: slug}, nil
}

// tally reads the counts a Stats object stands for.
func (r statsResolver) tally(ctx context.Context, obj *generated.Stats) (query.Tally, error) {
	t, err := r.Store.Tally(ctx, deref(obj.Slug))
	if obj.Slug != nil {
		err = r.explainSlugs(ctx, err, *obj.Slug)
	}
	return t, err
}

func (r statsResolver) ByYear(ctx context.Context, obj *generated.Stats, relation *generated.Relation) ([]generated.YearCount, error) {
	t, err := r.tally(ctx, obj)
	if err != nil {
		return nil, err
	}
	var rel schema.Relation
	if relation != nil {
		rel = relationOf(*relation)
		if rel == schema.RelFoundingMember {
			rel = schema.RelMemberOf
		}
	}
	out := []generated.YearCount{}
	for _, y := range t.ByYear(rel) {
		out = append(out, generated.YearCount{Year: y.Year, Count: y.Count})
	}
	return out, nil
}

func (r statsResolver) ByCountry(ctx context.Context, obj *generated.Stats) ([]generated.CountryCount, error) {
	t, err := r.tally(ctx, obj)
	if err != nil {
		return nil, err
	}
	cs := t.ByCountry()
	slugs := make([]string, len(cs))
	for i, c := range cs {
		slugs[i] = c.Country
	}
	ents := r.entitiesBySlug(ctx, slugs)
	out := []generated.CountryCount{}
	for _, c := range cs {
		if e, ok := ents[c.Country]; ok {
			out = append(out, generated.CountryCount{Country: &schema.Country{Entity: e}, Count: c.Count})
		}
	}
	return out, nil
}

func (r statsResolver) ByRelation(ctx context.Context, obj *generated.Stats) ([]generated.RelationCount, error) {
	t, err := r.tally(ctx, obj)
	if err != nil {
		return nil, err
	}
	out := []generated.RelationCount{}
	for _, c := range t.ByRelation() {
		out = append(out, generated.RelationCount{Relation: relationEnum(c.Relation), Count: c.Count})
	}
	return out, nil
}

func (q queryResolver) People(ctx context.Context, relation *generated.Relation, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	opt := query.ListOptions{Types: []schema.EntityType{schema.TypePerson}}
	return q.ranked(ctx, opt, relation, orderBy, page{first: first, after: after})
}

func (q queryResolver) Countries(ctx context.Context, orderBy *generated.EntityOrder, first *int, after *string) (*generated.RankedConnection, error) {
	opt := query.ListOptions{Types: []schema.EntityType{schema.TypeCountry}}
	return q.ranked(ctx, opt, nil, orderBy, page{first: first, after: after})
}
