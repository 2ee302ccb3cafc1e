package index

import (
	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// term is a small code for the vocabulary IRIs that reads switch on, kept
// per interned value so a read compares a byte, not an IRI string.
type term uint8

const (
	termNone term = iota
	termType
	termName
	termAlternateName
	termSubject
	termPredicate
	termObject
	termFactDate
	termRelation
	termSince
	termUntil
	termTopic
	termAmount
	termPurpose
	termShare
	termModality
	termEvidence
	termFactID
	termExtractor
	termConfidence
	termDerivedFrom
	termHeadline
	termPublisher
	termDatePublished
	termEvidenceKind
	termCount
	termOWLSameAs
	termLEICode
	termSDOSameAs
	termReviewedBy
	termReviewedAt
	termLink          // the direct edge of a relation (order.go)
	termLinkSymmetric // the direct edge of a symmetric relation
)

var terms = map[quad.IRI]term{
	schema.RDFType: termType, schema.Name: termName, schema.AlternateName: termAlternateName,
	schema.RDFSubject: termSubject, schema.RDFPredicate: termPredicate, schema.RDFObject: termObject,
	schema.FactDate: termFactDate, schema.FactRelation: termRelation, schema.Since: termSince,
	schema.Until: termUntil, schema.Topic: termTopic, schema.Amount: termAmount, schema.Purpose: termPurpose,
	schema.Share: termShare, schema.FactModality: termModality, schema.Evidence: termEvidence,
	schema.FactID: termFactID, schema.Extractor: termExtractor, schema.Confidence: termConfidence,
	schema.WasDerivedFrom: termDerivedFrom, schema.Headline: termHeadline, schema.Publisher: termPublisher,
	schema.DatePublished: termDatePublished, schema.EvidenceKindIRI: termEvidenceKind, schema.Count: termCount,
	schema.OWLSameAs: termOWLSameAs, schema.LEICode: termLEICode, schema.SDOSameAs: termSDOSameAs,
	schema.ReviewedBy: termReviewedBy, schema.ReviewedAt: termReviewedAt,
}

func termOf(v quad.Value) term {
	iri, ok := v.(quad.IRI)
	if !ok {
		return termNone
	}
	if t, ok := terms[iri]; ok {
		return t
	}
	if symmetric, ok := linkPredicates[iri]; ok {
		if symmetric {
			return termLinkSymmetric
		}
		return termLink
	}
	return termNone
}
