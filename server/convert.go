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
	schema.RelFoundedBy:       generated.RelationFoundedBy,
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

// The roles roleEnum points to; answers only read them.
var (
	roleFoundingMember = generated.MembershipRoleFoundingMember
	roleMember         = generated.MembershipRoleMember
)

// roleEnum is the membership role of a link, nil for other relations.
func roleEnum(l schema.Link) *generated.MembershipRole {
	switch {
	case l.Founding():
		return &roleFoundingMember
	case l.Relation == schema.RelMemberOf:
		return &roleMember
	}
	return nil
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

// datePtr is d, nil when it is the zero Date; unlike optDate it makes no
// copy, so d must outlive the answer.
func datePtr(d *schema.Date) *schema.Date {
	if d.IsZero() {
		return nil
	}
	return d
}

// stringPtr is s, nil when it is empty; it makes no copy.
func stringPtr(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// relations pages the links of some relations at slug: ordered by the
// other entity's name, then slug, relation and direction, with sources read
// only for the page. The page's entities become the group that the fields
// below them batch their reads on (batch.go).
func (r *Resolver) relations(ctx context.Context, slug string, dir query.Direction, p page, w when, rels ...schema.Relation) (*generated.RelationConnection, error) {
	q, err := p.pageQuery()
	if err != nil {
		return nil, err
	}
	if q.AsOf, q.Within, err = w.filter(); err != nil {
		return nil, err
	}
	lp, ents, err := r.links(ctx, query.LinkPageKey{Slug: slug, Relations: query.JoinRelations(rels...), Dir: dir, Query: q})
	if err != nil {
		return nil, r.explainSlugs(ctx, err, slug)
	}
	others := make([]string, len(lp.Items))
	c := &generated.RelationConnection{TotalCount: lp.Total, Edges: make([]generated.RelationEdge, 0, len(lp.Items)),
		PageInfo: pageInfo(lp.Window, lp.Keys)}
	for i := range lp.Items {
		l := &lp.Items[i] // the edge points into the page: no copies of its dates and texts
		far, d := query.FarEnd(*l, slug)
		others[i] = far
		e, ok := ents[far]
		if !ok {
			return nil, schema.Userf(schema.ErrNotFound, nil, "the graph links %q to %q, which it does not hold", slug, far)
		}
		dir := generated.DirectionOut
		if d == query.In {
			dir = generated.DirectionIn
		}
		start, dateFrom := startOf(l)
		c.Edges = append(c.Edges, generated.RelationEdge{
			Cursor: cursor(lp.Keys[i]), Node: e.Typed(), Relation: relationEnum(l.Relation), Direction: dir,
			Since: datePtr(&l.Since), Until: datePtr(&l.Until), Date: datePtr(&l.Date), Role: roleEnum(*l),
			Topic: stringPtr(&l.Topic), Amount: stringPtr(&l.Amount), Purpose: stringPtr(&l.Purpose), Share: stringPtr(&l.Share),
			Modality: modalityEnum(l.Modality), Disputed: l.Disputed, DisputedValues: nonNil(l.Values), Sources: l.Sources,
			Start: start, DateFrom: dateFrom,
		})
	}
	r.registerPage(ctx, others)
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
