package server

import (
	"context"
	"fmt"
	"sort"

	"github.com/telcograph/telcograph/graph"
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

// at is a link seen from one of its ends.
type at struct {
	link  schema.Link
	dir   generated.Direction
	other schema.Entity
}

// linksAt resolves the other end of each link seen from slug and orders them
// by that entity's name, then slug, then relation: the order cursors follow.
func (r *Resolver) linksAt(ctx context.Context, slug string, links []schema.Link) ([]at, error) {
	out := make([]at, 0, len(links))
	others := make([]string, 0, len(links))
	for _, l := range links {
		a := at{link: l, dir: generated.DirectionOut}
		other := l.To
		if l.To == slug && l.From != slug {
			a.dir, other = generated.DirectionIn, l.From
		}
		out = append(out, a)
		others = append(others, other)
	}
	// One batch read for the page's entities, not one read per edge.
	ents := r.entitiesBySlug(ctx, others)
	for i := range out {
		e, ok := ents[others[i]]
		if !ok {
			return nil, fmt.Errorf("link to %q, which has no entity: %w", others[i], schema.ErrNotFound)
		}
		out[i].other = e
	}
	sort.SliceStable(out, func(i, j int) bool { return atKey(out[i]) < atKey(out[j]) })
	return out, nil
}

func atKey(a at) string {
	return schema.Fold(a.other.Name) + "\x00" + a.other.Slug + "\x00" + string(a.link.Relation) + "\x00" + string(a.dir)
}

// relationConnection pages links seen from slug.
func (r *Resolver) relationConnection(ctx context.Context, slug string, links []schema.Link, p page) (*generated.RelationConnection, error) {
	ats, err := r.linksAt(ctx, slug, links)
	if err != nil {
		return nil, err
	}
	w, err := paginate(len(ats), func(i int) string { return atKey(ats[i]) }, p)
	if err != nil {
		return nil, err
	}
	c := &generated.RelationConnection{PageInfo: w.info, TotalCount: w.total, Edges: []generated.RelationEdge{}}
	for i, a := range ats[w.from:w.to] {
		l := a.link
		c.Edges = append(c.Edges, generated.RelationEdge{
			Cursor: cursor(w.keys[i]), Node: a.other.Typed(), Relation: relationEnum(l.Relation), Direction: a.dir,
			Since: optDate(l.Since), Until: optDate(l.Until), Date: optDate(l.Date), Role: roleEnum(l),
			Topic: optString(l.Topic), Amount: optString(l.Amount), Purpose: optString(l.Purpose), Share: optString(l.Share),
			Modality: modalityEnum(l.Modality), Disputed: l.Disputed, DisputedValues: nonNil(l.Values), Sources: l.Sources,
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

// linksOf gathers the links of several relations at slug.
func (r *Resolver) linksOf(ctx context.Context, slug string, dir graph.Direction, rels ...schema.Relation) ([]schema.Link, error) {
	var out []schema.Link
	for _, rel := range rels {
		ls, err := r.links(ctx, slug, rel, dir)
		if err != nil {
			return nil, err
		}
		out = append(out, ls...)
	}
	return out, nil
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
