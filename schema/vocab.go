package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespaces. Entity IRIs are EntityNS + slug; project terms live under TG.
const (
	EntityNS = "https://telcograph.org/id/"
	TG       = "https://telcograph.org/ns#"
	ORG      = "http://www.w3.org/ns/org#"
	SDO      = "https://schema.org/"
	RDF      = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS     = "http://www.w3.org/2000/01/rdf-schema#"
	XSD      = "http://www.w3.org/2001/XMLSchema#"
	PROV     = "http://www.w3.org/ns/prov#"
	OWL      = "http://www.w3.org/2002/07/owl#"

	// WikidataEntityNS is the namespace of Wikidata items' concept IRIs.
	WikidataEntityNS = "http://www.wikidata.org/entity/"

	// StatementNS is where statement nodes live: StatementNS + an id that
	// is a hash of what makes the statement what it is.
	StatementNS = EntityNS + "statement/"

	// GenIDNS is where the blank nodes of imported RDF are skolemised (RDF 1.1
	// Concepts §3.5): GenIDNS + a short hash of the source + the blank node's
	// id within it.
	GenIDNS = "https://telcograph.org/.well-known/genid/"
	// ReservedNS is kept for labels of the project's own bookkeeping, such as
	// candidate facts waiting for review; a label under it is never a source.
	ReservedNS = "https://telcograph.org/reserved/"
	// CandidatesNS + a hash of an article's URL is the label holding the
	// review queue's candidates of that article; CandidateNS + a
	// candidate's id is its node.
	CandidatesNS = ReservedNS + "candidates/"
	CandidateNS  = ReservedNS + "candidate/"
	// EventNS + an event's id is the label, and node, of one history event.
	EventNS = ReservedNS + "event/"
	// WatchedNS + a hash of a key is the label recording that the watcher
	// processed an article with that key (its URL or its text's hash).
	WatchedNS = ReservedNS + "watched/"
	// DefaultGraph is the graph another quad store is told to put triples
	// without a label into (the benchmark's Virtuoso loader needs one);
	// telcograph writes none, as every quad has its source as its label.
	DefaultGraph = "https://telcograph.org/default"
)

// Predicates, named for the term they stand for.
const (
	RDFType      = quad.IRI(RDF + "type")
	RDFSubject   = quad.IRI(RDF + "subject")
	RDFPredicate = quad.IRI(RDF + "predicate")
	RDFObject    = quad.IRI(RDF + "object")

	SubPropertyOf = quad.IRI(RDFS + "subPropertyOf")

	Name          = quad.IRI(SDO + "name")
	AlternateName = quad.IRI(SDO + "alternateName")
	FoundingDate  = quad.IRI(SDO + "foundingDate")
	Founder       = quad.IRI(SDO + "founder")
	URL           = quad.IRI(SDO + "url")
	Headline      = quad.IRI(SDO + "headline")
	Publisher     = quad.IRI(SDO + "publisher")
	DatePublished = quad.IRI(SDO + "datePublished")
	ArticleBody   = quad.IRI(SDO + "articleBody")
	SDOSameAs     = quad.IRI(SDO + "sameAs")
	LEICode       = quad.IRI(SDO + "leiCode")
	OWLSameAs     = quad.IRI(OWL + "sameAs")

	MemberOf     = quad.IRI(ORG + "memberOf")
	HeadOf       = quad.IRI(ORG + "headOf")
	Member       = quad.IRI(ORG + "member")
	Organization = quad.IRI(ORG + "organization")
	Role         = quad.IRI(ORG + "role")

	LedBy      = quad.IRI(TG + "ledBy")
	PartnerOf  = quad.IRI(TG + "partnerOf")
	JVPartner  = quad.IRI(TG + "jvPartner")
	CEOOf      = quad.IRI(TG + "ceoOf")
	ChairOf    = quad.IRI(TG + "chairOf")
	InvestedIn = quad.IRI(TG + "investedIn")
	HQCountry  = quad.IRI(TG + "hqCountry")

	// Statement qualifiers.
	Since           = quad.IRI(TG + "since")
	Until           = quad.IRI(TG + "until")
	FactDate        = quad.IRI(TG + "date")
	Topic           = quad.IRI(TG + "topic")
	Amount          = quad.IRI(TG + "amount")
	Purpose         = quad.IRI(TG + "purpose")
	Share           = quad.IRI(TG + "share")
	FactModality    = quad.IRI(TG + "modality")
	Evidence        = quad.IRI(TG + "evidence")
	Extractor       = quad.IRI(TG + "extractor")
	Confidence      = quad.IRI(TG + "confidence")
	FactRelation    = quad.IRI(TG + "relation")
	FactID          = quad.IRI(TG + "factId")
	EvidenceKindIRI = quad.IRI(TG + "evidenceKind") // the term of type EvidenceKind
	// ReviewedBy and ReviewedAt say, on a statement node, who accepted
	// the extracted fact in review and when.
	ReviewedBy = quad.IRI(TG + "reviewedBy")
	ReviewedAt = quad.IRI(TG + "reviewedAt")
	// Count is the number a tg:StatedCount states; its subject is
	// rdf:subject and what it counts is tg:relation.
	Count = quad.IRI(TG + "count")

	// WasDerivedFrom links a statement node to its article, so that a source's
	// statements are found through the (object, predicate) index of a kv store.
	WasDerivedFrom = quad.IRI(PROV + "wasDerivedFrom")
)

// Predicates of the review queue's candidates (on a candidate node under
// CandidateNS) and of the candidates label (CandidatesNS).
const (
	CandidateStateIRI    = quad.IRI(TG + "candidateState")
	CandidateConfidence  = quad.IRI(TG + "candidateConfidence")
	CandidateRelation    = quad.IRI(TG + "candidateRelation")
	CandidateSubject     = quad.IRI(TG + "candidateSubject")     // the name as written
	CandidateSubjectSlug = quad.IRI(TG + "candidateSubjectSlug") // the matched entity
	CandidateObject      = quad.IRI(TG + "candidateObject")
	CandidateObjectSlug  = quad.IRI(TG + "candidateObjectSlug")
	CandidateSince       = quad.IRI(TG + "candidateSince")
	CandidateUntil       = quad.IRI(TG + "candidateUntil")
	CandidateRole        = quad.IRI(TG + "candidateRole")
	CandidateEvidence    = quad.IRI(TG + "candidateEvidence")
	CandidateRule        = quad.IRI(TG + "candidateRule")
	CandidateArticleIRI  = quad.IRI(TG + "candidateArticle") // the article's URL, a literal
	CandidateFact        = quad.IRI(TG + "candidateFact")    // the whole fact as JSON, what accepting writes
	ExtractedAt          = quad.IRI(TG + "extractedAt")
	ReviewReason         = quad.IRI(TG + "reviewReason")
	MachineAccepted      = quad.IRI(TG + "machineAccepted")
	// On the candidates label's own node: the article and the entities
	// the extractor discovered in it (JSON).
	CandidateTitle     = quad.IRI(TG + "candidateTitle")
	CandidateDate      = quad.IRI(TG + "candidateDate")
	CandidatePublisher = quad.IRI(TG + "candidatePublisher")
	CandidateText      = quad.IRI(TG + "candidateText")
	CandidateEntities  = quad.IRI(TG + "candidateEntities")
)

// Predicates of history events (on an event node under EventNS) and of the
// watcher's records (WatchedNS).
const (
	EventKindIRI   = quad.IRI(TG + "eventKind")
	EventActor     = quad.IRI(TG + "eventActor")
	EventAt        = quad.IRI(TG + "eventAt")
	EventSource    = quad.IRI(TG + "eventSource") // a literal: the source need not exist any more
	EventCandidate = quad.IRI(TG + "eventCandidate")
	EventSlug      = quad.IRI(TG + "eventSlug")
	EventReason    = quad.IRI(TG + "eventReason")
	EventRemoved   = quad.IRI(TG + "eventRemoved") // the removed quads, as N-Quads
	EventRestores  = quad.IRI(TG + "eventRestores")
	WatchedKey     = quad.IRI(TG + "watchedKey")
)

// Classes.
const (
	ClassCompany      = quad.IRI(TG + "Company")
	ClassAlliance     = quad.IRI(TG + "Alliance")
	ClassJointVenture = quad.IRI(TG + "JointVenture")
	ClassPerson       = quad.IRI(SDO + "Person")
	ClassCountry      = quad.IRI(TG + "Country")
	ClassArticle      = quad.IRI(SDO + "NewsArticle")
	ClassStatement    = quad.IRI(TG + "Statement")
	ClassMembership   = quad.IRI(ORG + "Membership")
	ClassStatedCount  = quad.IRI(TG + "StatedCount")

	FormalOrganization          = quad.IRI(ORG + "FormalOrganization")
	OrganizationalCollaboration = quad.IRI(ORG + "OrganizationalCollaboration")

	// RoleFoundingMember is the org:role of a founding membership.
	RoleFoundingMember = quad.IRI(TG + "FoundingMember")
)

// XSD datatypes used for literals.
const (
	XSDDate       = quad.IRI(XSD + "date")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
	XSDGYear      = quad.IRI(XSD + "gYear")
	XSDDecimal    = quad.IRI(XSD + "decimal")
	XSDInteger    = quad.IRI(XSD + "integer")
)

// EntityIRI is the IRI of the entity with the given canonical slug.
func EntityIRI(slug string) quad.IRI { return quad.IRI(EntityNS + slug) }

// StatementIRI is the IRI of the statement node with the given id.
func StatementIRI(id string) quad.IRI { return quad.IRI(StatementNS + id) }

// StatementID returns the id of a statement node's IRI, and false for any
// other IRI.
func StatementID(iri quad.IRI) (string, bool) {
	id, ok := strings.CutPrefix(string(iri), StatementNS)
	return id, ok && id != ""
}

// SlugOf returns the slug of an entity IRI, and false for any other IRI.
func SlugOf(iri quad.IRI) (string, bool) {
	s := string(iri)
	if len(s) <= len(EntityNS) || s[:len(EntityNS)] != EntityNS {
		return "", false
	}
	return s[len(EntityNS):], true
}

// IsReserved reports whether label belongs to the project rather than to a
// source: it lies under ReservedNS, or under GenIDNS, whose IRIs stand for
// blank nodes, not articles.
func IsReserved(label quad.IRI) bool {
	return strings.HasPrefix(string(label), ReservedNS) || strings.HasPrefix(string(label), GenIDNS)
}
