package server

import (
	"context"
	"strings"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

func (r companyResolver) ID(ctx context.Context, obj *schema.Company) (string, error) {
	return entityID(obj.Entity), nil
}

func (r companyResolver) Type(ctx context.Context, obj *schema.Company) (generated.EntityType, error) {
	return typeEnums[obj.Type], nil
}

func (r companyResolver) Country(ctx context.Context, obj *schema.Company) (*schema.Country, error) {
	return r.country(ctx, obj.Slug)
}

func (r companyResolver) Founded(ctx context.Context, obj *schema.Company) (*schema.Date, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return firstFounded(fs), err
}

func (r companyResolver) Foundings(ctx context.Context, obj *schema.Company) ([]generated.Founding, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return foundings(fs), err
}

func (r companyResolver) Memberships(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, asOf *schema.Date, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{asOf, from, to}, schema.RelMemberOf)
}

func (r companyResolver) LedAlliances(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelLedBy)
}

func (r companyResolver) Partners(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Both, page{first, last, after, before}, when{nil, from, to}, schema.RelPartnerOf)
}

func (r companyResolver) JointVentures(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelJointVenture)
}

func (r companyResolver) People(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelCEOOf, schema.RelChairmanOf)
}

func (r companyResolver) Investments(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Both, page{first, last, after, before}, when{nil, from, to}, schema.RelInvestedIn)
}

func (r allianceResolver) ID(ctx context.Context, obj *schema.Alliance) (string, error) {
	return entityID(obj.Entity), nil
}

func (r allianceResolver) Type(ctx context.Context, obj *schema.Alliance) (generated.EntityType, error) {
	return typeEnums[obj.Type], nil
}

func (r allianceResolver) Founded(ctx context.Context, obj *schema.Alliance) (*schema.Date, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return firstFounded(fs), err
}

func (r allianceResolver) Foundings(ctx context.Context, obj *schema.Alliance) ([]generated.Founding, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return foundings(fs), err
}

func (r allianceResolver) Leader(ctx context.Context, obj *schema.Alliance) (schema.Typed, error) {
	c, err := r.Leaders(ctx, obj, nil, nil, nil, nil, nil, nil)
	if err != nil || len(c.Edges) == 0 {
		return nil, err
	}
	return c.Edges[0].Node, nil
}

func (r allianceResolver) Leaders(ctx context.Context, obj *schema.Alliance, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{nil, from, to}, schema.RelLedBy)
}

func (r allianceResolver) Members(ctx context.Context, obj *schema.Alliance, first *int, after *string, last *int, before *string, asOf *schema.Date, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{asOf, from, to}, schema.RelMemberOf)
}

func (r allianceResolver) Chairs(ctx context.Context, obj *schema.Alliance, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelChairmanOf)
}

func (r allianceResolver) StatedMemberCount(ctx context.Context, obj *schema.Alliance) (*generated.StatedCount, error) {
	c, ok, err := r.Store.StatedMemberCount(ctx, obj.Slug)
	if !ok {
		return nil, r.explainSlugs(ctx, err, obj.Slug)
	}
	return &generated.StatedCount{Value: c.Value, Date: optDate(c.Date), Sources: c.Sources}, nil
}

func (r allianceResolver) Country(ctx context.Context, obj *schema.Alliance) (*schema.Country, error) {
	return r.country(ctx, obj.Slug)
}

func (r jointVentureResolver) ID(ctx context.Context, obj *schema.JointVenture) (string, error) {
	return entityID(obj.Entity), nil
}

func (r jointVentureResolver) Type(ctx context.Context, obj *schema.JointVenture) (generated.EntityType, error) {
	return typeEnums[obj.Type], nil
}

func (r jointVentureResolver) Partners(ctx context.Context, obj *schema.JointVenture, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{nil, from, to}, schema.RelJointVenture)
}

func (r jointVentureResolver) Founded(ctx context.Context, obj *schema.JointVenture) (*schema.Date, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return firstFounded(fs), err
}

func (r jointVentureResolver) Foundings(ctx context.Context, obj *schema.JointVenture) ([]generated.Founding, error) {
	fs, err := r.founded(ctx, obj.Slug)
	return foundings(fs), err
}

func (r personResolver) ID(ctx context.Context, obj *schema.Person) (string, error) {
	return entityID(obj.Entity), nil
}

func (r personResolver) Type(ctx context.Context, obj *schema.Person) (generated.EntityType, error) {
	return typeEnums[obj.Type], nil
}

func (r personResolver) Roles(ctx context.Context, obj *schema.Person, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{nil, from, to}, schema.RelCEOOf, schema.RelChairmanOf)
}

func (r countryResolver) ID(ctx context.Context, obj *schema.Country) (string, error) {
	return entityID(obj.Entity), nil
}

func (r countryResolver) Type(ctx context.Context, obj *schema.Country) (generated.EntityType, error) {
	return typeEnums[obj.Type], nil
}

func (r countryResolver) Organizations(ctx context.Context, obj *schema.Country, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelHeadquarteredIn)
}

func (r articleResolver) ID(ctx context.Context, obj *schema.Article) (string, error) {
	return globalID("Article", obj.URL), nil
}

func (r articleResolver) Facts(ctx context.Context, obj *schema.Article, first *int, after *string, last *int, before *string) (*generated.FactConnection, error) {
	return r.facts(ctx, query.StatementFilter{Source: obj.URL}, page{first, last, after, before})
}

// founded reads an entity's founding dates; the entity may have gone since
// the request found it, when another request removed its last source.
func (r *Resolver) founded(ctx context.Context, slug string) ([]schema.Link, error) {
	fs, err := r.Store.Founded(ctx, slug)
	return fs, r.explainSlugs(ctx, err, slug)
}

// country is the first country an organisation is attributed to, by name.
func (r *Resolver) country(ctx context.Context, slug string) (*schema.Country, error) {
	lp, ents, err := r.links(ctx, query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(schema.RelHeadquarteredIn),
		Dir: query.Out, Query: query.PageQuery{First: 1, Last: -1}})
	if err != nil || len(lp.Items) == 0 {
		return nil, r.explainSlugs(ctx, err, slug)
	}
	e, ok := ents[lp.Items[0].To]
	if !ok {
		return nil, schema.Userf(schema.ErrNotFound, nil, "the graph places %q in the country %q, which it does not hold", slug, lp.Items[0].To)
	}
	return &schema.Country{Entity: e}, nil
}

func optional(d *schema.Date) schema.Date {
	if d == nil {
		return schema.Date{}
	}
	return *d
}

func (r factResolver) ID(ctx context.Context, obj *schema.Statement) (string, error) {
	return globalID("Fact", strings.TrimPrefix(string(obj.IRI), schema.StatementNS)), nil
}

func (r factResolver) Relation(ctx context.Context, obj *schema.Statement) (generated.Relation, error) {
	return relationEnum(obj.Relation), nil
}

func (r factResolver) Subject(ctx context.Context, obj *schema.Statement) (schema.Typed, error) {
	e, err := r.Store.Entity(ctx, obj.Subject)
	if err != nil {
		return nil, nil // a subject without a typed node (unregistered) reads as null
	}
	return e.Typed(), nil
}

func (r factResolver) Objects(ctx context.Context, obj *schema.Statement) ([]schema.Typed, error) {
	out := []schema.Typed{}
	for _, slug := range obj.Objects {
		if e, err := r.Store.Entity(ctx, slug); err == nil {
			out = append(out, e.Typed())
		}
	}
	return out, nil
}

func (r factResolver) Since(ctx context.Context, obj *schema.Statement) (*schema.Date, error) {
	return optDate(obj.Link.Since), nil
}

func (r factResolver) Until(ctx context.Context, obj *schema.Statement) (*schema.Date, error) {
	return optDate(obj.Link.Until), nil
}

func (r factResolver) Date(ctx context.Context, obj *schema.Statement) (*schema.Date, error) {
	return optDate(obj.Link.Date), nil
}

func (r factResolver) Role(ctx context.Context, obj *schema.Statement) (*generated.MembershipRole, error) {
	return roleEnum(obj.Link), nil
}

func (r factResolver) Topic(ctx context.Context, obj *schema.Statement) (*string, error) {
	return optString(obj.Link.Topic), nil
}

func (r factResolver) Amount(ctx context.Context, obj *schema.Statement) (*string, error) {
	return optString(obj.Link.Amount), nil
}

func (r factResolver) Purpose(ctx context.Context, obj *schema.Statement) (*string, error) {
	return optString(obj.Link.Purpose), nil
}

func (r factResolver) Share(ctx context.Context, obj *schema.Statement) (*string, error) {
	return optString(obj.Link.Share), nil
}

func (r factResolver) Modality(ctx context.Context, obj *schema.Statement) (generated.Modality, error) {
	return modalityEnum(obj.Link.Modality), nil
}

func (r factResolver) Source(ctx context.Context, obj *schema.Statement) (*schema.Citation, error) {
	return &obj.Link.Sources[0], nil
}

// A company's founders (foundedBy: the company is the subject, its founder
// the object) and the companies an entity set up (the other way round).

func (r companyResolver) Founders(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}

func (r companyResolver) CompaniesFounded(ctx context.Context, obj *schema.Company, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}

func (r jointVentureResolver) Founders(ctx context.Context, obj *schema.JointVenture, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.Out, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}

func (r jointVentureResolver) CompaniesFounded(ctx context.Context, obj *schema.JointVenture, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}

func (r allianceResolver) CompaniesFounded(ctx context.Context, obj *schema.Alliance, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}

func (r personResolver) CompaniesFounded(ctx context.Context, obj *schema.Person, first *int, after *string, last *int, before *string, from, to *schema.Date) (*generated.RelationConnection, error) {
	return r.relations(ctx, obj.Slug, query.In, page{first, last, after, before}, when{nil, from, to}, schema.RelFoundedBy)
}
