package server

import (
	"context"
	"strings"

	"github.com/telcograph/telcograph/graph"
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

func (q queryResolver) Entity(ctx context.Context, slug string) (schema.Typed, error) {
	e, err := q.entity(ctx, slug)
	if err != nil {
		return nil, err
	}
	return e.Typed(), nil
}

func (q queryResolver) Article(ctx context.Context, url string) (*schema.Article, error) {
	a, err := q.article(ctx, url)
	return &a, err
}

func (q queryResolver) Articles(ctx context.Context, first *int, after *string, last *int, before *string) (*generated.ArticleConnection, error) {
	return articleConnection(q.Store.Articles(ctx), page{first, last, after, before})
}

func (q queryResolver) Facts(ctx context.Context, subject *string, relation *generated.Relation, object *string, source *string, first *int, after *string, last *int, before *string) (*generated.FactConnection, error) {
	f := graph.FactFilter{Subject: deref(subject), Object: deref(object), Source: deref(source)}
	if relation != nil {
		f.Relation = relationOf(*relation)
	}
	facts, err := q.Store.Facts(ctx, f)
	if err != nil {
		return nil, err
	}
	return factConnection(facts, page{first, last, after, before})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// articleConnection pages articles newest first: the key inverts the date so
// that ascending keys are descending dates.
func articleConnection(as []schema.Article, p page) (*generated.ArticleConnection, error) {
	key := func(i int) string {
		inv := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '9' - r + '0'
			}
			return r
		}, as[i].Date.Start().Format("20060102"))
		if as[i].Date.IsZero() {
			inv = "~" // undated last
		}
		return inv + "\x00" + as[i].URL
	}
	sortByKey(as, key)
	w, err := paginate(len(as), key, p)
	if err != nil {
		return nil, err
	}
	c := &generated.ArticleConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.ArticleEdge{}}
	for i := range as[w.from:w.to] {
		c.Edges = append(c.Edges, generated.ArticleEdge{Cursor: cursor(w.keys[i]), Node: &as[w.from+i]})
	}
	return c, nil
}

// factConnection pages facts in the order graph.Facts returns them.
func factConnection(fs []schema.Statement, p page) (*generated.FactConnection, error) {
	key := func(i int) string {
		f := fs[i]
		return f.Link.Sources[0].URL + "\x00" + string(f.Relation) + "\x00" + f.Subject + "\x00" +
			strings.Join(f.Objects, ",") + "\x00" + string(f.IRI)
	}
	sortByKey(fs, key)
	w, err := paginate(len(fs), key, p)
	if err != nil {
		return nil, err
	}
	c := &generated.FactConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.FactEdge{}}
	for i := range fs[w.from:w.to] {
		c.Edges = append(c.Edges, generated.FactEdge{Cursor: cursor(w.keys[i]), Node: &fs[w.from+i]})
	}
	return c, nil
}
