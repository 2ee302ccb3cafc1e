package server

import (
	"context"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

func (q queryResolver) Node(ctx context.Context, id string) (schema.Node, error) {
	return q.node(ctx, id)
}

func (q queryResolver) Nodes(ctx context.Context, ids []string) ([]schema.Node, error) {
	if len(ids) > MaxPageSize {
		return nil, tooMany(len(ids))
	}
	out := make([]schema.Node, len(ids))
	for i, id := range ids {
		out[i], _ = q.node(ctx, id) // an unknown id is null in its place
	}
	return out, nil
}

func (q queryResolver) Company(ctx context.Context, slug string) (*schema.Company, error) {
	e, err := q.entityOfType(ctx, slug, schema.TypeCompany)
	return &schema.Company{Entity: e}, err
}

func (q queryResolver) Alliance(ctx context.Context, slug string) (*schema.Alliance, error) {
	e, err := q.entityOfType(ctx, slug, schema.TypeAlliance)
	return &schema.Alliance{Entity: e}, err
}

func (q queryResolver) Person(ctx context.Context, slug string) (*schema.Person, error) {
	e, err := q.entityOfType(ctx, slug, schema.TypePerson)
	return &schema.Person{Entity: e}, err
}

func (q queryResolver) JointVenture(ctx context.Context, slug string) (*schema.JointVenture, error) {
	e, err := q.entityOfType(ctx, slug, schema.TypeJointVenture)
	return &schema.JointVenture{Entity: e}, err
}

func (q queryResolver) Country(ctx context.Context, slug string) (*schema.Country, error) {
	e, err := q.entityOfType(ctx, slug, schema.TypeCountry)
	return &schema.Country{Entity: e}, err
}

func (q queryResolver) Entity(ctx context.Context, slug *string, wikidata *string) (schema.Typed, error) {
	e, err := q.entityBy(ctx, slug, wikidata)
	if err != nil {
		return nil, err
	}
	return e.Typed(), nil
}

func (q queryResolver) Article(ctx context.Context, url string) (*schema.Article, error) {
	a, err := q.article(ctx, url)
	return &a, err
}

func (q queryResolver) Facts(ctx context.Context, subject *string, relation *generated.Relation, object *string, source *string, from *schema.Date, to *schema.Date, first *int, after *string, last *int, before *string) (*generated.FactConnection, error) {
	iv, err := interval(from, to)
	if err != nil {
		return nil, err
	}
	f := query.StatementFilter{Subject: deref(subject), Object: deref(object), Source: deref(source), Within: iv}
	if relation != nil {
		f.Relation = relationOf(*relation)
	}
	return q.facts(ctx, f, page{first, last, after, before})
}

// facts pages the facts f selects, in the order the store gives them.
func (r *Resolver) facts(ctx context.Context, f query.StatementFilter, pg page) (*generated.FactConnection, error) {
	pq, err := pg.pageQuery()
	if err != nil {
		return nil, err
	}
	p, err := r.Store.Statements(ctx, f, pq)
	if err != nil {
		return nil, err
	}
	return &generated.FactConnection{PageInfo: pageInfo(p.Window, p.Keys), TotalCount: p.Total,
		Edges: edges(p, func(c string, f *schema.Statement) generated.FactEdge { return generated.FactEdge{Cursor: c, Node: f} })}, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
