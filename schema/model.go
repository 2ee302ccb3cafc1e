package schema

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// EntityType is the kind of an entity, spelled as in the entity register.
type EntityType string

// Entity types.
const (
	TypeCompany      EntityType = "company"
	TypeAlliance     EntityType = "alliance"
	TypeJointVenture EntityType = "joint_venture"
	TypePerson       EntityType = "person"
	TypeCountry      EntityType = "country"
)

// EntityTypes lists every entity type in a fixed order; the slice is the
// caller's.
func EntityTypes() []EntityType {
	return []EntityType{TypeCompany, TypeAlliance, TypeJointVenture, TypePerson, TypeCountry}
}

// Class is the RDF class of entities of type t.
func (t EntityType) Class() quad.IRI {
	switch t {
	case TypeCompany:
		return ClassCompany
	case TypeAlliance:
		return ClassAlliance
	case TypeJointVenture:
		return ClassJointVenture
	case TypePerson:
		return ClassPerson
	case TypeCountry:
		return ClassCountry
	}
	return ""
}

// TypeOfClass is the inverse of EntityType.Class; it returns "" for a class
// that is not an entity class.
func TypeOfClass(c quad.IRI) EntityType {
	for _, t := range EntityTypes() {
		if t.Class() == c {
			return t
		}
	}
	return ""
}

// Valid reports whether t is one of EntityTypes().
func (t EntityType) Valid() bool { return t.Class() != "" }

// Entity is a node of the graph that has a canonical slug: a company, an
// alliance, a joint venture, a person or a country.
type Entity struct {
	Slug    string
	Name    string
	Type    EntityType
	Aliases []string
	// Identifiers join the entity with other data (Wikidata, LEI, website).
	Identifiers []Identifier
}

// IRI is the entity's IRI.
func (e Entity) IRI() quad.IRI { return EntityIRI(e.Slug) }

// Modality says how a fact is asserted.
type Modality string

// Modalities. The zero value means asserted.
const (
	Asserted   Modality = "asserted"
	Planned    Modality = "planned"
	InProgress Modality = "in_progress"
	Past       Modality = "past"
)

// Valid reports whether m is a known modality ("" counts as asserted).
func (m Modality) Valid() bool {
	switch m {
	case "", Asserted, Planned, InProgress, Past:
		return true
	}
	return false
}

// Mention is an argument of a fact: a canonical entity id and the surface
// text the article used for it.
type Mention struct {
	ID   string
	Text string
}

// Fact is one relation stated by one article, in the article-facts format.
// Subject and Object hold the relation's two roles (see RelationSpec); a
// joint venture lists its Partners instead and may name itself as Subject.
type Fact struct {
	ID       string
	Relation Relation
	Subject  Mention
	Object   Mention
	Partners []Mention

	Since, Until, Date Date
	Topic, Amount      string
	Name, Purpose      string
	Share              string
	Modality           Modality

	Evidence     string
	EvidenceKind EvidenceKind // "" means a quote
	Confidence   float64      // 0 means not given (curated facts count as 1)
	Extractor    string       // "" means curated by hand
	// Rule is the extractor's rule family that produced the fact ("" for
	// curated facts), so a wrong fact can be traced to the rule to fix.
	Rule string

	// Count is the number a memberCount fact states.
	Count int

	Line int // line of the fact in its file, for error messages
}

// EvidenceKind says whether a fact's evidence is the article's own words or
// ours.
type EvidenceKind string

// Evidence kinds, spelled as in the article-facts format. The zero value
// means a quote.
const (
	Quote      EvidenceKind = "quote"
	Paraphrase EvidenceKind = "paraphrase"
)

// Valid reports whether k is a known evidence kind ("" counts as a quote).
func (k EvidenceKind) Valid() bool { return k == "" || k == Quote || k == Paraphrase }

// Article is a news article and the facts it states.
type Article struct {
	ID        string
	File      string
	URL       string
	Title     string
	Publisher string
	Date      Date
	Facts     []Fact
	// HardNegatives and Ambiguous are annotations of gold files, read for
	// evaluation only: facts the text does not support, and facts a careful
	// reader might accept. Loading ignores them.
	HardNegatives []Fact
	Ambiguous     []Fact
	Line          int
}

// IRI is the article's IRI: its URL. Every quad the article produced carries
// it as its label.
func (a Article) IRI() quad.IRI { return quad.IRI(a.URL) }

// Source is a source with what it states: an article or an RDF named graph,
// named by its IRI, and its quads, each of which carries IRI as its label.
// A source is written and removed as a unit (see graph.Store.ReplaceSource).
type Source struct {
	IRI   quad.IRI
	Quads []quad.Quad
}

// Citation is what one source says about an edge: which article states it,
// and how (its evidence, the extractor and its confidence). The GraphQL type
// Source is a Citation.
type Citation struct {
	URL       string
	Title     string
	Publisher string
	Date      Date
	Evidence  string
	// EvidenceKind is Paraphrase when Evidence is our words for what the
	// article says (third-party articles whose text we do not keep), and
	// Quote (or "") when it is the article's own sentence.
	EvidenceKind EvidenceKind
	FactID       string
	Confidence   float64
	Extractor    string
	// ReviewedBy and ReviewedAt (RFC 3339, UTC) say who accepted an
	// extracted fact in review and when; "" for facts that went in
	// without review.
	ReviewedBy, ReviewedAt string
}

// Link is an edge of the graph between two entities, with its qualifiers and
// every source that states it. Disputed is true when two sources give
// different values for a qualifier; Dates then lists all of them.
type Link struct {
	Relation Relation
	From, To string // slugs; for a joint venture, From is the venture

	Since, Until, Date Date
	Role               quad.IRI
	Topic, Amount      string
	Purpose, Share     string
	Modality           Modality

	Sources  []Citation // one per statement that states the edge
	Disputed bool
	Values   []string // the disputed values, sorted
}

// Founding reports whether the link is a founding membership.
func (l Link) Founding() bool { return l.Role == RoleFoundingMember }

// Statement is one fact as stored: the statement node with its qualifiers and
// its single source, as returned by raw fact lookups.
type Statement struct {
	IRI      quad.IRI
	Relation Relation
	Subject  string   // slug
	Objects  []string // slugs (several for a joint venture's partners)
	Link     Link
}

// String formats a mention for messages.
func (m Mention) String() string { return fmt.Sprintf("%s (%q)", m.ID, m.Text) }

// Company, Alliance, JointVenture, Person and Country are the typed views of
// an Entity that the GraphQL API serves; each is a Node.
type (
	Company      struct{ Entity }
	Alliance     struct{ Entity }
	JointVenture struct{ Entity }
	Person       struct{ Entity }
	Country      struct{ Entity }
)

// Node is anything the API can fetch by a global id: the typed entities,
// *Article and *Statement.
type Node interface{ node() }

// Typed is implemented by the typed entity views.
type Typed interface {
	Node
	Base() Entity
}

func (Company) node()      {}
func (Alliance) node()     {}
func (JointVenture) node() {}
func (Person) node()       {}
func (Country) node()      {}
func (Article) node()      {}
func (Statement) node()    {}

// Base returns the entity behind a typed view.
func (e Entity) Base() Entity { return e }

// Typed returns e as the view of its type (Company, Alliance, ...), or nil
// for an entity without a known type.
func (e Entity) Typed() Typed {
	switch e.Type {
	case TypeCompany:
		return Company{e}
	case TypeAlliance:
		return Alliance{e}
	case TypeJointVenture:
		return JointVenture{e}
	case TypePerson:
		return Person{e}
	case TypeCountry:
		return Country{e}
	}
	return nil
}
