package server

import (
	"context"

	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server/generated"
)

var relationEnums = map[schema.Relation]generated.Relation{
	schema.RelMemberOf:        generated.RelationMemberOf,
	schema.RelFoundingMember:  generated.RelationFoundingMember,
	schema.RelFounded:         generated.RelationFounded,
	schema.RelLedBy:           generated.RelationLedBy,
	schema.RelPartnerOf:       generated.RelationPartnerOf,
	schema.RelJointVenture:    generated.RelationJointVenture,
	schema.RelCEOOf:           generated.RelationCeoOf,
	schema.RelChairmanOf:      generated.RelationChairmanOf,
	schema.RelInvestedIn:      generated.RelationInvestedIn,
	schema.RelHeadquarteredIn: generated.RelationHeadquarteredIn,
}

func relationEnum(r schema.Relation) generated.Relation { return relationEnums[r] }

// relationOf maps a GraphQL relation back to the model's.
func relationOf(r generated.Relation) schema.Relation {
	for k, v := range relationEnums {
		if v == r {
			return k
		}
	}
	return ""
}

var typeEnums = map[schema.EntityType]generated.EntityType{
	schema.TypeCompany:      generated.EntityTypeCompany,
	schema.TypeAlliance:     generated.EntityTypeAlliance,
	schema.TypeJointVenture: generated.EntityTypeJointVenture,
	schema.TypePerson:       generated.EntityTypePerson,
	schema.TypeCountry:      generated.EntityTypeCountry,
}

func modalityEnum(m schema.Modality) generated.Modality {
	switch m {
	case schema.Planned:
		return generated.ModalityPlanned
	case schema.InProgress:
		return generated.ModalityInProgress
	case schema.Past:
		return generated.ModalityPast
	}
	return generated.ModalityAsserted
}

// roleEnum is the membership role of a link, nil for other relations.
func roleEnum(l schema.Link) *generated.MembershipRole {
	var r generated.MembershipRole
	switch {
	case l.Founding():
		r = generated.MembershipRoleFoundingMember
	case l.Relation == schema.RelMemberOf:
		r = generated.MembershipRoleMember
	default:
		return nil
	}
	return &r
}

func (sourceResolver) EvidenceKind(ctx context.Context, obj *schema.Citation) (generated.EvidenceKind, error) {
	if obj.EvidenceKind == schema.Paraphrase {
		return generated.EvidenceKindParaphrase, nil
	}
	return generated.EvidenceKindQuote, nil
}

var schemeEnums = map[schema.IDScheme]generated.IdentifierScheme{
	schema.SchemeWikidata: generated.IdentifierSchemeWikidata,
	schema.SchemeLEI:      generated.IdentifierSchemeLei,
	schema.SchemeWebsite:  generated.IdentifierSchemeWebsite,
}

func (identifierResolver) Scheme(ctx context.Context, obj *schema.Identifier) (generated.IdentifierScheme, error) {
	return schemeEnums[obj.Scheme], nil
}

func optDate(d schema.Date) *schema.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// relations pages the links of some relations at slug, through the
// request's loader: ordered by the other entity's name, then slug, relation
// and direction, with sources read only for the page.
func (r *Resolver) relations(ctx context.Context, slug string, dir query.Direction, p page, w when, rels ...schema.Relation) (*generated.RelationConnection, error) {
	q, err := p.pageQuery()
	if err != nil {
		return nil, err
	}
	if q.AsOf, q.Within, err = w.filter(); err != nil {
		return nil, err
	}
	lp, err := r.linkPage(ctx, query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(rels...), Dir: dir, Query: q})
	if err != nil {
		return nil, r.explainSlugs(ctx, err, slug)
	}
	others := make([]string, len(lp.Items))
	dirs := make([]generated.Direction, len(lp.Items))
	for i, l := range lp.Items {
		others[i], dirs[i] = l.To, generated.DirectionOut
		if l.To == slug && l.From != slug {
			others[i], dirs[i] = l.From, generated.DirectionIn
		}
	}
	// One batch read for the page's entities, not one read per edge.
	ents := r.entitiesBySlug(ctx, others)
	c := &generated.RelationConnection{TotalCount: lp.Total, Edges: []generated.RelationEdge{},
		PageInfo: pageInfo(lp.Window, lp.Keys)}
	for i, l := range lp.Items {
		e, ok := ents[others[i]]
		if !ok {
			return nil, schema.Userf(schema.ErrNotFound, nil, "the graph links %q to %q, which it does not hold", slug, others[i])
		}
		start, dateFrom := startOf(l)
		c.Edges = append(c.Edges, generated.RelationEdge{
			Cursor: cursor(lp.Keys[i]), Node: e.Typed(), Relation: relationEnum(l.Relation), Direction: dirs[i],
			Since: optDate(l.Since), Until: optDate(l.Until), Date: optDate(l.Date), Role: roleEnum(l),
			Topic: optString(l.Topic), Amount: optString(l.Amount), Purpose: optString(l.Purpose), Share: optString(l.Share),
			Modality: modalityEnum(l.Modality), Disputed: l.Disputed, DisputedValues: nonNil(l.Values), Sources: l.Sources,
			Start: start, DateFrom: dateFrom,
		})
	}
	return c, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// foundings converts founding links.
func foundings(ls []schema.Link) []generated.Founding {
	out := make([]generated.Founding, 0, len(ls))
	for _, l := range ls {
		out = append(out, generated.Founding{Date: optDate(l.Date), Disputed: l.Disputed, Sources: l.Sources})
	}
	return out
}

// firstFounded is the earliest founding date, nil when none is dated.
func firstFounded(ls []schema.Link) *schema.Date {
	if len(ls) == 0 {
		return nil
	}
	return optDate(ls[0].Date)
}
