package rdf

// What RDF import adds to the quads it reads, so that nothing a file says is
// lost on the way into the graph:
//
//   - Blank nodes are skolemised (RDF 1.1 Concepts §3.5). A blank node has
//     no name outside its file, so a graph that kept it could not be
//     exported and imported again without growing a second copy of every
//     blank node. Each becomes the IRI schema.GenIDNS + a short hash of its
//     source + its id within the source, so the same file always gives the
//     same IRIs and an export reads back as itself. The IRI is minted under
//     the source (the quad's label), as everything a source says is loaded
//     and removed as a unit: a blank node that two named graphs of one file
//     share becomes one IRI per source.
//   - Provenance comes from the label. The API shows a direct edge only when
//     a statement node states it (docs/design.md §2), so plain triples from another
//     tool (<company> org:memberOf <alliance> <article>) would load and stay
//     invisible. For every edge of one of the model's relation predicates
//     that no statement node under the same label states, import adds one,
//     derived from the label (extractor ImportExtractor, no evidence), and
//     the label's article node if the source lacks it. What import adds
//     states exactly the edge it was added for, so a second import of an
//     export adds nothing.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// ImportExtractor is the extractor recorded on the statement nodes that
// RDF import derives from a quad's label.
const ImportExtractor = "rdf-import"

// skolemIRI is the IRI that stands for blank node b of source label: the
// first 8 bytes of the label's SHA-256 in hex, then b's id with every byte
// but unreserved ASCII percent-encoded, so distinct ids stay distinct.
func skolemIRI(label quad.IRI, b quad.BNode) quad.IRI {
	var id strings.Builder
	for _, c := range []byte(b) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '.', c == '_', c == '~':
			id.WriteByte(c)
		default:
			fmt.Fprintf(&id, "%%%02X", c)
		}
	}
	return quad.IRI(schema.GenIDNS + labelHash(label) + "/" + id.String())
}

func labelHash(label quad.IRI) string {
	sum := sha256.Sum256([]byte(label))
	return hex.EncodeToString(sum[:8])
}

// skolemise replaces the blank nodes of q with their IRIs under q's label.
func skolemise(q quad.Quad) quad.Quad {
	label, _ := q.Label.(quad.IRI)
	if b, ok := q.Subject.(quad.BNode); ok {
		q.Subject = skolemIRI(label, b)
	}
	if b, ok := q.Object.(quad.BNode); ok {
		q.Object = skolemIRI(label, b)
	}
	return q
}

// isWebAddress reports whether v is an absolute http or https IRI with a
// host: what a source may be, since the API hands it to browsers as a link.
func isWebAddress(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	u, err := url.Parse(string(iri))
	if err != nil || u.Host == "" {
		return false
	}
	return u.Scheme == "http" || u.Scheme == "https"
}

// edgeKey names a direct edge, or what a statement node says it states.
type edgeKey struct{ s, p, o string }

// statementParts is what one node says as a statement: its rdf:subject,
// rdf:predicate, and rdf:object or tg:date values.
type statementParts struct {
	subjects, predicates, objects []quad.Value
}

// withProvenance returns qs (valid, skolemised quads) with the statement
// nodes and article nodes that import derives from their labels, as the
// package comment of this file says. The result may hold duplicates.
func withProvenance(qs []quad.Quad) []quad.Quad {
	type source struct {
		parts   map[string]*statementParts
		article bool // the label is typed schema:NewsArticle
		url     bool // the label has a schema:url
		pub     bool // the label has a schema:publisher
	}
	sources := make(map[quad.IRI]*source)
	var order []quad.IRI
	src := func(l quad.IRI) *source {
		if sources[l] == nil {
			sources[l] = &source{parts: make(map[string]*statementParts)}
			order = append(order, l)
		}
		return sources[l]
	}
	for _, q := range qs {
		label := q.Label.(quad.IRI)
		s := src(label)
		part := func() *statementParts {
			k := q.Subject.String()
			if s.parts[k] == nil {
				s.parts[k] = &statementParts{}
			}
			return s.parts[k]
		}
		switch q.Predicate {
		case schema.RDFSubject:
			part().subjects = append(part().subjects, q.Object)
		case schema.RDFPredicate:
			part().predicates = append(part().predicates, q.Object)
		case schema.RDFObject, schema.FactDate:
			part().objects = append(part().objects, q.Object)
		}
		if q.Subject == label {
			switch q.Predicate {
			case schema.RDFType:
				s.article = s.article || q.Object == schema.ClassArticle
			case schema.URL:
				s.url = true
			case schema.Publisher:
				s.pub = true
			}
		}
	}
	stated := make(map[quad.IRI]map[edgeKey]bool, len(sources))
	for l, s := range sources {
		stated[l] = make(map[edgeKey]bool)
		for _, p := range s.parts {
			// The graph files a statement under one subject and one
			// predicate; a node with more does not reliably state an edge.
			if len(p.subjects) != 1 || len(p.predicates) != 1 {
				continue
			}
			for _, o := range p.objects {
				stated[l][edgeKey{p.subjects[0].String(), p.predicates[0].String(), o.String()}] = true
			}
		}
	}

	out := qs
	derived := make(map[quad.IRI]bool)
	for _, q := range qs {
		p, _ := q.Predicate.(quad.IRI)
		rel := schema.RelationOfPredicate(p)
		if rel == "" {
			continue
		}
		label := q.Label.(quad.IRI)
		k := edgeKey{q.Subject.String(), p.String(), q.Object.String()}
		if stated[label][k] {
			continue
		}
		stated[label][k] = true
		out = append(out, importedStatement(q, rel)...)
		derived[label] = true
	}
	for _, l := range order {
		s := sources[l]
		if !derived[l] || s.article {
			continue
		}
		add := func(p quad.IRI, o quad.Value) {
			out = append(out, quad.Quad{Subject: l, Predicate: p, Object: o, Label: l})
		}
		add(schema.RDFType, schema.ClassArticle)
		if !s.url {
			add(schema.URL, l)
		}
		if u, err := url.Parse(string(l)); err == nil && !s.pub {
			// As an article-facts file without a publisher is read.
			add(schema.Publisher, quad.String(strings.TrimPrefix(u.Host, "www.")))
		}
	}
	return out
}

// importedStatement is the statement node that states the direct edge q of
// relation rel, derived from q's label: its IRI is a hash of the edge and
// the label, so the same quad always gets the same node.
func importedStatement(q quad.Quad, rel schema.Relation) []quad.Quad {
	label := q.Label.(quad.IRI)
	p := q.Predicate.(quad.IRI)
	st := loaders.HashedStatementIRI(strings.Join([]string{ImportExtractor, label.String(), q.Subject.String(), p.String(), q.Object.String()}, "\x00"))
	var out []quad.Quad
	add := func(p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: st, Predicate: p, Object: o, Label: label})
	}
	add(schema.RDFType, schema.ClassStatement)
	if p == schema.MemberOf {
		add(schema.RDFType, schema.ClassMembership)
		add(schema.Member, q.Subject)
		add(schema.Organization, q.Object)
	}
	add(schema.FactRelation, quad.String(rel))
	add(schema.RDFSubject, q.Subject)
	add(schema.RDFPredicate, p)
	if rel == schema.RelFounded {
		add(schema.FactDate, q.Object)
	} else {
		add(schema.RDFObject, q.Object)
	}
	add(schema.WasDerivedFrom, label)
	add(schema.Extractor, quad.String(ImportExtractor))
	// The file asserts the quad outright; import is as sure as the file.
	add(schema.Confidence, quad.TypedString{Value: "1", Type: schema.XSDDecimal})
	return out
}
