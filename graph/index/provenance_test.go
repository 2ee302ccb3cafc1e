package index_test

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// provenance is an article-facts file of two articles about one alliance:
// the first quotes its text and states a count of members, the second
// paraphrases a third-party article, states a later count and gives the
// member's identifiers (one of each scheme).
const provenance = `
entities:
  acme:
    name: Acme
    type: company
    surface_forms: [Acme]
    identifiers:
    - {scheme: website, value: "https://acme.example", source: "https://acme.example/about"}
    - {scheme: wikidata, value: Q42, source: "https://www.wikidata.org/wiki/Q42"}
    - {scheme: lei, value: 5493001KJTIIGC8Y1R12, source: "https://search.gleif.org/"}
  edge-forum:
    name: Edge Forum
    type: alliance
    surface_forms: [Edge Forum]
articles:
- id: a1
  source: https://news.example/1
  date: 2024-03-02
  facts:
  - id: a1-01
    rel: memberOf
    member: {id: acme, text: Acme}
    org: {id: edge-forum, text: Edge Forum}
    evidence: "Acme joined Edge Forum."
  - id: a1-02
    rel: memberCount
    org: {id: edge-forum, text: Edge Forum}
    count: 12
    date: 2024-03
    evidence: "Edge Forum now has 12 members."
- id: a2
  source: https://news.example/2
  date: 2025-01-10
  facts:
  - id: a2-01
    rel: memberOf
    member: {id: acme, text: Acme}
    org: {id: edge-forum, text: Edge Forum}
    evidence: "The report lists Acme among the forum's members."
    evidence_kind: paraphrase
  - id: a2-02
    rel: memberCount
    org: {id: edge-forum, text: Edge Forum}
    count: 20
    evidence: "The forum is said to count twenty members."
    evidence_kind: paraphrase
`

// provenanceIndex is an index holding the provenance file, one source per
// article.
func provenanceIndex(t *testing.T) *index.Index {
	t.Helper()
	ff, err := facts.Read("provenance.yaml", []byte(provenance), facts.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x := index.New()
	for _, a := range ff.Articles {
		replace(x, a.IRI(), facts.Quads(a, ff.Register))
	}
	return x
}

func id(t *testing.T, x *index.Index, v quad.Value) index.ID {
	t.Helper()
	i, ok := x.Lookup(v)
	if !ok {
		t.Fatalf("%s is not in the index", v)
	}
	return i
}

// TestEvidenceKind reads each source's evidence kind off its statement: a
// paraphrase says so, a quote is the zero value.
func TestEvidenceKind(t *testing.T) {
	x := provenanceIndex(t)
	e := index.Edge{S: id(t, x, schema.EntityIRI("acme")), P: id(t, x, schema.MemberOf), O: id(t, x, schema.EntityIRI("edge-forum"))}
	l, ok := x.Link(schema.RelMemberOf, e)
	if !ok {
		t.Fatal("acme's membership is not stated")
	}
	got := map[string]schema.EvidenceKind{}
	for _, s := range l.Sources {
		got[s.FactID] = s.EvidenceKind
	}
	want := map[string]schema.EvidenceKind{"a1-01": "", "a2-01": schema.Paraphrase}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("evidence kinds by fact (-want +got):\n%s", diff)
	}
}

// TestStatedCounts reads an alliance's stated counts, each with its number,
// date and source, and drops them with their article.
func TestStatedCounts(t *testing.T) {
	src := func(url, fact, evidence string, kind schema.EvidenceKind, date schema.Date) schema.Citation {
		return schema.Citation{URL: url, Date: date, Evidence: evidence, EvidenceKind: kind, FactID: fact,
			Confidence: 1, Extractor: facts.CuratedExtractor, Publisher: "news.example"}
	}
	d := func(s string) schema.Date {
		v, err := schema.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name   string
		remove []quad.IRI
		want   []index.StatedCount
	}{
		{"both articles", nil, []index.StatedCount{
			{Relation: schema.RelMemberCount, Value: 12, Date: d("2024-03"),
				Source: src("https://news.example/1", "a1-02", "Edge Forum now has 12 members.", "", d("2024-03-02"))},
			{Relation: schema.RelMemberCount, Value: 20,
				Source: src("https://news.example/2", "a2-02", "The forum is said to count twenty members.", schema.Paraphrase, d("2025-01-10"))},
		}},
		{"the first removed", []quad.IRI{"https://news.example/1"}, []index.StatedCount{
			{Relation: schema.RelMemberCount, Value: 20,
				Source: src("https://news.example/2", "a2-02", "The forum is said to count twenty members.", schema.Paraphrase, d("2025-01-10"))},
		}},
		{"both removed", []quad.IRI{"https://news.example/1", "https://news.example/2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := provenanceIndex(t)
			forum := id(t, x, schema.EntityIRI("edge-forum"))
			for _, r := range tt.remove {
				replace(x, r, nil)
			}
			got := x.StatedCounts(forum)
			if diff := cmp.Diff(tt.want, got, cmpSorted); diff != "" {
				t.Errorf("stated counts (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpSorted compares stated counts in value order.
var cmpSorted = cmp.Transformer("byValue", func(cs []index.StatedCount) []index.StatedCount {
	out := append([]index.StatedCount(nil), cs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j].Value < out[i].Value {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

// TestIdentifiers reads an entity's identifiers in scheme order, and only
// those of a scheme's form.
func TestIdentifiers(t *testing.T) {
	acme := schema.EntityIRI("acme")
	const src = quad.IRI("https://news.example/3")
	tests := []struct {
		name  string
		extra []quad.Quad
		want  []schema.Identifier
	}{
		{"from the register", nil, []schema.Identifier{
			{Scheme: schema.SchemeWikidata, Value: "Q42"},
			{Scheme: schema.SchemeLEI, Value: "5493001KJTIIGC8Y1R12"},
			{Scheme: schema.SchemeWebsite, Value: "https://acme.example"},
		}},
		{"another dataset's sameAs, a plain-http website and a bad LEI are not identifiers", []quad.Quad{
			{Subject: acme, Predicate: schema.OWLSameAs, Object: quad.IRI("http://dbpedia.org/resource/Acme"), Label: src},
			{Subject: acme, Predicate: schema.SDOSameAs, Object: quad.IRI("http://acme.example"), Label: src},
			{Subject: acme, Predicate: schema.LEICode, Object: quad.String("5493001KJTIIGC8Y1R13"), Label: src},
			{Subject: acme, Predicate: schema.OWLSameAs, Object: quad.IRI(schema.WikidataEntityNS + "Q7"), Label: src},
		}, []schema.Identifier{
			{Scheme: schema.SchemeWikidata, Value: "Q42"},
			{Scheme: schema.SchemeWikidata, Value: "Q7"},
			{Scheme: schema.SchemeLEI, Value: "5493001KJTIIGC8Y1R12"},
			{Scheme: schema.SchemeWebsite, Value: "https://acme.example"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := provenanceIndex(t)
			replace(x, src, tt.extra)
			e, ok := x.Entity(id(t, x, acme))
			if !ok {
				t.Fatal("acme is not an entity")
			}
			if diff := cmp.Diff(tt.want, e.Identifiers); diff != "" {
				t.Errorf("identifiers (-want +got):\n%s", diff)
			}
		})
	}
}
