package query_test

import (
	"errors"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/query"
	"github.com/telcograph/telcograph/schema"
)

func TestSearch(t *testing.T) {
	x := corpusIndex(t)
	tests := []struct {
		text      string
		wantFirst string
		reason    string
	}{
		{"SKT", "sk-telecom", "alias"},
		{"skt", "sk-telecom", "alias"},
		{"DT", "deutsche-telekom", "alias"},
		{"e&", "e-and", "exact"},
		{"E&", "e-and", "exact"},
		{"Deutsche Tel", "deutsche-telekom", "prefix"},
		{"Deutche Telekom", "deutsche-telekom", "typo"},
		{"Duetsche Telecom", "deutsche-telekom", "typo"},
		{"Duetsche", "deutsche-telekom", "fuzzy"},
		{"telekom", "deutsche-telekom", "words"},
		{"GTAA", "gtaa", "alias"},
		{"global telco", "gtaa", "prefix"},
		{"Open Telco", "open-telco-ai", "prefix"},
		{"k-ai", "k-ai-alliance", "prefix"},
		{"SK Telekom", "sk-telecom", "typo"},
		{"softbank", "softbank-group", "alias"},
		{"Sàpeon", "sapeon", "exact"},
		{"  LABLUP ", "lablup", "exact"},
		{"Alex Choi", "alex-jinsung-choi", "words"},
		{"telco ai", "open-telco-ai", "words"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			hits, err := search(t, x, tt.text, nil, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			if hits[0].Entity.Slug != tt.wantFirst || hits[0].Reason != tt.reason {
				t.Errorf("first hit %s (%s, %d), want %s (%s); all: %v", hits[0].Entity.Slug, hits[0].Reason, hits[0].Score, tt.wantFirst, tt.reason, slugsOf(hits))
			}
		})
	}
}

func slugsOf(hits []query.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Entity.Slug+":"+h.Reason)
	}
	return out
}

func TestSearchTypesAndErrors(t *testing.T) {
	x := corpusIndex(t)
	hits, err := search(t, x, "alliance", []schema.EntityType{schema.TypeAlliance}, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Entity.Type != schema.TypeAlliance {
			t.Errorf("hit %s is a %s", h.Entity.Slug, h.Entity.Type)
		}
	}
	if len(hits) < 4 {
		t.Errorf("only %d alliances match 'alliance'", len(hits))
	}
	if _, err := search(t, x, "   ", nil, 5); !errors.Is(err, schema.ErrInvalid) {
		t.Errorf("empty search: err = %v, want ErrInvalid", err)
	}
	if hits, _ := search(t, x, "zzzzqqqq", nil, 5); len(hits) != 0 {
		t.Errorf("nonsense found %v", slugsOf(hits))
	}
}

// TestNameFollowsSources: an entity named differently by two sources takes
// the least name; removing that source gives it the other's.
func TestNameFollowsSources(t *testing.T) {
	x := index.New()
	iri := schema.EntityIRI("acme")
	for _, src := range []struct{ url, name string }{{"https://a.example/1", "Acme Corp"}, {"https://a.example/2", "ACME"}} {
		label := quad.IRI(src.url)
		replace(x, label, []quad.Quad{
			{Subject: iri, Predicate: schema.RDFType, Object: schema.ClassCompany, Label: label},
			{Subject: iri, Predicate: schema.Name, Object: quad.String(src.name), Label: label},
		})
	}
	e, _ := query.Entity(x, "acme")
	hits, _ := search(t, x, "acme", nil, 1)
	if e.Name != "ACME" || len(hits) != 1 || hits[0].Entity.Name != "ACME" {
		t.Errorf("name %q, search %v; want ACME", e.Name, hits)
	}
	replace(x, "https://a.example/2", nil)
	e, _ = query.Entity(x, "acme")
	hits, _ = search(t, x, "acme corp", nil, 1)
	if e.Name != "Acme Corp" || len(hits) != 1 || hits[0].Entity.Name != "Acme Corp" {
		t.Errorf("after removing a source: name %q, search %v; want Acme Corp", e.Name, hits)
	}
	if hits, _ := search(t, x, "ACME", nil, 5); len(hits) != 1 || hits[0].Reason != "prefix" {
		t.Errorf("the removed name still matches exactly: %v", hits)
	}
}
