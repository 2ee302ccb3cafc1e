package query_test

import (
	"errors"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

// TestEntityByIdentifier finds entities by the identifiers they carry.
func TestEntityByIdentifier(t *testing.T) {
	const src = quad.IRI("https://news.example/ids")
	typed := func(slug string, class quad.IRI) quad.Quad {
		return quad.Quad{Subject: schema.EntityIRI(slug), Predicate: schema.RDFType, Object: class, Label: src}
	}
	same := func(slug string, p quad.IRI, o quad.Value) quad.Quad {
		return quad.Quad{Subject: schema.EntityIRI(slug), Predicate: p, Object: o, Label: src}
	}
	x := index.New()
	replace(x, src, []quad.Quad{
		typed("swisscom", schema.ClassCompany), typed("swisscom-ag", schema.ClassCompany), typed("tip", schema.ClassAlliance),
		same("swisscom-ag", schema.OWLSameAs, quad.IRI(schema.WikidataEntityNS+"Q644324")),
		same("swisscom", schema.OWLSameAs, quad.IRI(schema.WikidataEntityNS+"Q644324")),
		same("tip", schema.SDOSameAs, quad.IRI("https://telecominfraproject.com/")),
		same("tip", schema.LEICode, quad.String("5493001KJTIIGC8Y1R12")),
	})
	tests := []struct {
		name string
		id   schema.Identifier
		want string
		err  error
	}{
		{"a Wikidata item two entities carry: the least slug", schema.Identifier{Scheme: schema.SchemeWikidata, Value: "Q644324"}, "swisscom", nil},
		{"a website", schema.Identifier{Scheme: schema.SchemeWebsite, Value: "https://telecominfraproject.com/"}, "tip", nil},
		{"an LEI", schema.Identifier{Scheme: schema.SchemeLEI, Value: "5493001KJTIIGC8Y1R12"}, "tip", nil},
		{"an item no entity carries", schema.Identifier{Scheme: schema.SchemeWikidata, Value: "Q1"}, "", schema.ErrNotFound},
		{"not an item", schema.Identifier{Scheme: schema.SchemeWikidata, Value: "644324"}, "", schema.ErrInvalid},
		{"a website that is not https", schema.Identifier{Scheme: schema.SchemeWebsite, Value: "http://telecominfraproject.com/"}, "", schema.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := query.EntityByIdentifier(x, tt.id)
			if e.Slug != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Errorf("got %q, %v; want %q, %v", e.Slug, err, tt.want, tt.err)
			}
		})
	}
}
