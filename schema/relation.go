package schema

import "github.com/cayleygraph/quad"

// Relation is a relation name of the article-facts format ("memberOf", ...).
type Relation string

// The relations of the model (docs/design.md §2).
const (
	RelMemberOf        Relation = "memberOf"
	RelFoundingMember  Relation = "foundingMember"
	RelFounded         Relation = "founded"
	RelLedBy           Relation = "ledBy"
	RelPartnerOf       Relation = "partnerOf"
	RelJointVenture    Relation = "jointVenture"
	RelCEOOf           Relation = "ceoOf"
	RelChairmanOf      Relation = "chairmanOf"
	RelInvestedIn      Relation = "investedIn"
	RelHeadquarteredIn Relation = "headquarteredIn"
	// RelFoundedBy says who set up a company or joint venture (Wikidata's
	// P112 "founded by", schema.org's founder): an organisation or a person.
	// An alliance's founders are its founding members (foundingMember),
	// which are members; a company's founders are not (docs/design.md §8).
	RelFoundedBy Relation = "foundedBy"

	// RelMemberCount is not an edge between entities but a number an article
	// states of an alliance ("raising the number of its member companies to
	// 18"): argument org, qualifiers count and date. Spec does not list it;
	// it is stored as a tg:StatedCount node.
	RelMemberCount Relation = "memberCount"
)

// RelationSpec says how a relation is written in article facts and stored as
// quads.
type RelationSpec struct {
	Name Relation
	// SubjectRole and ObjectRole are the argument keys in article facts
	// ("member", "org"). ObjectRole is "" for founded; a joint venture has
	// PartnersRole instead, and SubjectRole names the optional venture.
	SubjectRole, ObjectRole, PartnersRole string
	// SubjectTypes and ObjectTypes are the entity types each role accepts.
	SubjectTypes, ObjectTypes []EntityType
	// Predicate is the direct edge written between subject and object.
	Predicate quad.IRI
	// Symmetric relations are answered both ways.
	Symmetric bool
	// Qualifiers are the qualifier keys the relation accepts.
	Qualifiers []string
}

var (
	orgTypes      = []EntityType{TypeCompany, TypeAlliance, TypeJointVenture}
	companyTypes  = []EntityType{TypeCompany, TypeJointVenture}
	memberTypes   = []EntityType{TypeCompany, TypeJointVenture, TypeAlliance}
	allianceTypes = []EntityType{TypeAlliance}
	personTypes   = []EntityType{TypePerson}
	countryTypes  = []EntityType{TypeCountry}
	founderTypes  = []EntityType{TypeCompany, TypeAlliance, TypeJointVenture, TypePerson}
)

var relationSpecs = []RelationSpec{
	{Name: RelMemberOf, SubjectRole: "member", ObjectRole: "org", SubjectTypes: memberTypes, ObjectTypes: allianceTypes,
		Predicate: MemberOf, Qualifiers: []string{"since", "until", "role"}},
	{Name: RelFoundingMember, SubjectRole: "member", ObjectRole: "org", SubjectTypes: memberTypes, ObjectTypes: allianceTypes,
		Predicate: MemberOf, Qualifiers: []string{"since", "until"}},
	{Name: RelFounded, SubjectRole: "org", SubjectTypes: orgTypes, Predicate: FoundingDate, Qualifiers: []string{"date"}},
	{Name: RelLedBy, SubjectRole: "org", ObjectRole: "leader", SubjectTypes: orgTypes, ObjectTypes: orgTypes,
		Predicate: LedBy, Qualifiers: []string{"since", "until"}},
	{Name: RelPartnerOf, SubjectRole: "a", ObjectRole: "b", SubjectTypes: orgTypes, ObjectTypes: orgTypes,
		Predicate: PartnerOf, Symmetric: true, Qualifiers: []string{"since", "until", "topic"}},
	{Name: RelJointVenture, SubjectRole: "venture", PartnersRole: "partners", SubjectTypes: []EntityType{TypeJointVenture},
		ObjectTypes: orgTypes, Predicate: JVPartner, Qualifiers: []string{"name", "purpose", "share", "since"}},
	{Name: RelCEOOf, SubjectRole: "person", ObjectRole: "org", SubjectTypes: personTypes, ObjectTypes: orgTypes,
		Predicate: CEOOf, Qualifiers: []string{"since", "until"}},
	{Name: RelChairmanOf, SubjectRole: "person", ObjectRole: "org", SubjectTypes: personTypes, ObjectTypes: orgTypes,
		Predicate: ChairOf, Qualifiers: []string{"since", "until"}},
	{Name: RelInvestedIn, SubjectRole: "investor", ObjectRole: "investee", SubjectTypes: orgTypes, ObjectTypes: companyTypes,
		Predicate: InvestedIn, Qualifiers: []string{"amount", "date", "since"}},
	{Name: RelHeadquarteredIn, SubjectRole: "org", ObjectRole: "country", SubjectTypes: orgTypes, ObjectTypes: countryTypes,
		Predicate: HQCountry},
	{Name: RelFoundedBy, SubjectRole: "org", ObjectRole: "founder", SubjectTypes: companyTypes, ObjectTypes: founderTypes,
		Predicate: Founder, Qualifiers: []string{"date"}},
}

// Relations lists every relation spec in a fixed order.
func Relations() []RelationSpec { return relationSpecs }

// Spec returns the spec of a relation, and false for an unknown name.
func (r Relation) Spec() (RelationSpec, bool) {
	for _, s := range relationSpecs {
		if s.Name == r {
			return s, true
		}
	}
	return RelationSpec{}, false
}

// RelationOfPredicate returns the relation whose direct edge is p ("" if
// none). org:memberOf maps to memberOf; the founding role is a qualifier.
func RelationOfPredicate(p quad.IRI) Relation {
	for _, s := range relationSpecs {
		if s.Predicate == p {
			return s.Name
		}
	}
	return ""
}
