package server

import (
	"context"
	"errors"
	"strings"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

// Resolver answers GraphQL fields from the graph. It holds no state of its
// own and is safe for concurrent use.
type Resolver struct {
	Store *graph.Store
	// EdgeBudget bounds path and neighbourhood searches (0: graph's default).
	EdgeBudget int
	// Queue is the review queue of Store.
	Queue *curate.Queue
}

var _ generated.ResolverRoot = (*Resolver)(nil)

type (
	queryResolver        struct{ *Resolver }
	companyResolver      struct{ *Resolver }
	allianceResolver     struct{ *Resolver }
	jointVentureResolver struct{ *Resolver }
	personResolver       struct{ *Resolver }
	countryResolver      struct{ *Resolver }
	articleResolver      struct{ *Resolver }
	factResolver         struct{ *Resolver }
	sourceResolver       struct{ *Resolver }
	identifierResolver   struct{ *Resolver }
)

// Query returns the root query resolver.
func (r *Resolver) Query() generated.QueryResolver { return queryResolver{r} }

// Company returns the Company field resolver.
func (r *Resolver) Company() generated.CompanyResolver { return companyResolver{r} }

// Alliance returns the Alliance field resolver.
func (r *Resolver) Alliance() generated.AllianceResolver { return allianceResolver{r} }

// JointVenture returns the JointVenture field resolver.
func (r *Resolver) JointVenture() generated.JointVentureResolver { return jointVentureResolver{r} }

// Person returns the Person field resolver.
func (r *Resolver) Person() generated.PersonResolver { return personResolver{r} }

// Country returns the Country field resolver.
func (r *Resolver) Country() generated.CountryResolver { return countryResolver{r} }

// Article returns the Article field resolver.
func (r *Resolver) Article() generated.ArticleResolver { return articleResolver{r} }

// Fact returns the Fact field resolver.
func (r *Resolver) Fact() generated.FactResolver { return factResolver{r} }

// Source returns the Source field resolver.
func (r *Resolver) Source() generated.SourceResolver { return sourceResolver{r} }

// Identifier returns the Identifier field resolver.
func (r *Resolver) Identifier() generated.IdentifierResolver { return identifierResolver{r} }

// entityOfType fetches slug and checks that it is of type t.
func (r *Resolver) entityOfType(ctx context.Context, slug string, t schema.EntityType) (schema.Entity, error) {
	e, err := r.entity(ctx, slug)
	if err != nil {
		return e, err
	}
	if e.Type != t {
		return e, schema.Userf(schema.ErrNotFound, nil, "%q is %s, not %s", slug, withArticle(e.Type), withArticle(t))
	}
	return e, nil
}

// entity fetches slug, with a not-found message fit for API clients.
func (r *Resolver) entity(ctx context.Context, slug string) (schema.Entity, error) {
	e, err := r.Store.Entity(ctx, slug)
	if errors.Is(err, schema.ErrNotFound) {
		return e, noEntity(slug, err)
	}
	return e, err
}

// entityBy fetches the entity a slug or a Wikidata item names (exactly one
// of them), with messages fit for API clients.
func (r *Resolver) entityBy(ctx context.Context, slug, wikidata *string) (schema.Entity, error) {
	if (slug == nil) == (wikidata == nil) {
		return schema.Entity{}, schema.Userf(schema.ErrInvalid, nil, "entity takes exactly one of slug and wikidata")
	}
	if slug != nil {
		return r.entity(ctx, *slug)
	}
	id := schema.Identifier{Scheme: schema.SchemeWikidata, Value: *wikidata}
	e, err := r.Store.EntityByIdentifier(ctx, id)
	switch {
	case errors.Is(err, schema.ErrInvalid):
		return e, schema.Userf(schema.ErrInvalid, err, "wikidata: %q is not a Wikidata item id such as Q644324", *wikidata)
	case errors.Is(err, schema.ErrNotFound):
		return e, schema.Userf(schema.ErrNotFound, err, "no entity has the Wikidata item %q", *wikidata)
	}
	return e, err
}

// edgeBudget is the edge budget of path and neighbourhood searches.
func (r *Resolver) edgeBudget() int {
	if r.EdgeBudget > 0 {
		return r.EdgeBudget
	}
	return query.DefaultEdgeBudget
}

// article fetches the article at url, with a not-found message fit for
// API clients.
func (r *Resolver) article(ctx context.Context, url string) (schema.Article, error) {
	a, err := r.Store.Article(ctx, url)
	if errors.Is(err, schema.ErrNotFound) {
		return a, schema.Userf(schema.ErrNotFound, err, "no article with URL %q", url)
	}
	return a, err
}

// withArticle names an entity type with its indefinite article.
func withArticle(t schema.EntityType) string {
	name := strings.ReplaceAll(string(t), "_", " ")
	if strings.ContainsRune("aeiou", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

// node fetches the object a global id names.
func (r *Resolver) node(ctx context.Context, id string) (schema.Node, error) {
	typ, key, err := parseID(id)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "Article":
		a, err := r.article(ctx, key)
		return &a, err
	case "Fact":
		s, err := r.Store.Statement(ctx, schema.StatementIRI(key))
		if errors.Is(err, schema.ErrNotFound) {
			return nil, schema.Userf(schema.ErrNotFound, err, "no fact with id %q", id)
		}
		return &s, err
	case candidateType:
		if !allowed(ctx, RoleReader) {
			return nil, schema.Userf(schema.ErrNotFound, nil, "no object with id %q (candidates need a bearer token)", id)
		}
		private(ctx)
		return r.candidate(ctx, id)
	}
	for t, name := range typeNames {
		if name == typ {
			e, err := r.entityOfType(ctx, key, t)
			if err != nil {
				return nil, err
			}
			return e.Typed(), nil
		}
	}
	return nil, schema.Userf(schema.ErrNotFound, nil, "no object with id %q", id)
}
