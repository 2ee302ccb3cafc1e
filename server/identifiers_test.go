package server_test

import (
	"context"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
)

// identified is an article-facts file whose entities carry identifiers, as
// the bundled register gives them (data/aliases.yaml, data/kb/kb2.yaml and
// kb3.yaml, with the sources cited there).
const identified = `
entities:
  sk-telecom:
    name: SK Telecom
    type: company
    surface_forms: [SK Telecom]
    identifiers:
    - {scheme: website, value: "https://www.sktelecom.com", source: "https://huggingface.co/skt"}
  swisscom:
    name: Swisscom
    type: company
    surface_forms: [Swisscom]
    identifiers:
    - {scheme: website, value: "https://www.swisscom.ch/", source: "https://github.com/api-evangelist/providers/blob/082e6a2f5863a4b89ecaab4f60b464a2b6b0c586/_providers/swisscom.md"}
    - {scheme: wikidata, value: "Q644324", source: "https://github.com/osmlab/name-suggestion-index/blob/012a4e5d74513704a09199b5eec0ab7f521585da/data/operators/man_made/mast.json"}
  telecom-infra-project:
    name: Telecom Infra Project
    type: alliance
    surface_forms: [Telecom Infra Project, TIP]
    identifiers:
    - {scheme: website, value: "https://telecominfraproject.com/", source: "https://friendlywiki.com/article/index.php?title=Telecom_Infra_Project"}
articles:
- id: a1
  source: https://news.example/tip
  date: 2024-05-01
  facts:
  - id: a1-01
    rel: memberOf
    member: {id: swisscom, text: Swisscom}
    org: {id: telecom-infra-project, text: TIP}
    evidence: "Swisscom is a member of TIP."
  - id: a1-02
    rel: memberOf
    member: {id: sk-telecom, text: SK Telecom}
    org: {id: telecom-infra-project, text: TIP}
    evidence: "SK Telecom is a member of TIP."
`

// identifiedClient is a client over a memory store holding identified.
func identifiedClient(t *testing.T) *client.Client {
	c, _ := factsServer(t, "identified.yaml", identified)
	return c
}

type identifier struct{ Scheme, Value, URL string }

// TestIdentifiers asks for entities' identifiers, on each typed lookup and
// on the Entity interface, and finds an entity by its Wikidata item.
func TestIdentifiers(t *testing.T) {
	c := identifiedClient(t)
	skt := []identifier{{"WEBSITE", "https://www.sktelecom.com", "https://www.sktelecom.com"}}
	swisscom := []identifier{
		{"WIKIDATA", "Q644324", "https://www.wikidata.org/wiki/Q644324"},
		{"WEBSITE", "https://www.swisscom.ch/", "https://www.swisscom.ch/"},
	}
	tests := []struct {
		name, query string
		want        []identifier
	}{
		{"a company", `{ x: company(slug: "sk-telecom") { identifiers { scheme value url } } }`, skt},
		{"by scheme: Wikidata first", `{ x: company(slug: "swisscom") { identifiers { scheme value url } } }`, swisscom},
		{"an alliance", `{ x: alliance(slug: "telecom-infra-project") { identifiers { scheme value url } } }`,
			[]identifier{{"WEBSITE", "https://telecominfraproject.com/", "https://telecominfraproject.com/"}}},
		{"the Entity interface", `{ x: entity(slug: "swisscom") { identifiers { scheme value url } } }`, swisscom},
		{"by Wikidata item", `{ x: entity(wikidata: "Q644324") { identifiers { scheme value url } } }`, swisscom},
		{"by Wikidata item, as a variable", `query($q: String) { x: entity(wikidata: $q) { ... on Company { identifiers { scheme value url } } } }`, swisscom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct {
				X struct{ Identifiers []identifier }
			}
			c.MustPost(tt.query, &resp, client.Var("q", "Q644324"))
			if diff := cmp.Diff(tt.want, resp.X.Identifiers); diff != "" {
				t.Errorf("identifiers (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBundledIdentifiers walks every entity of the bundled knowledge base:
// every identifier the API returns validates, resolves where
// schema.Identifier.URL says, and a Wikidata item finds its entity again.
func TestBundledIdentifiers(t *testing.T) {
	c, _, st := bundledServer(t)
	seen := map[string]int{}
	for _, e := range st.Entities(context.Background()) {
		var resp struct {
			Entity struct{ Identifiers []identifier }
		}
		c.MustPost(`query($s: String) { entity(slug: $s) { identifiers { scheme value url } } }`, &resp, client.Var("s", e.Slug))
		for _, id := range resp.Entity.Identifiers {
			checkIdentifier(t, c, e.Slug, id)
			seen[id.Scheme]++
		}
	}
	if seen["WIKIDATA"] == 0 || seen["WEBSITE"] == 0 {
		t.Errorf("identifiers seen by scheme: %v; the bundled register gives Wikidata items and websites", seen)
	}
}

// checkIdentifier checks one identifier the API gave for slug.
func checkIdentifier(t *testing.T, c *client.Client, slug string, id identifier) {
	t.Helper()
	sid := schema.Identifier{Scheme: schema.IDScheme(strings.ToLower(id.Scheme)), Value: id.Value}
	if err := sid.Validate(); err != nil {
		t.Errorf("%s: %v", slug, err)
	}
	if id.URL != sid.URL() {
		t.Errorf("%s: %s %s resolves at %s, want %s", slug, id.Scheme, id.Value, id.URL, sid.URL())
	}
	if id.Scheme != "WIKIDATA" {
		return
	}
	var resp struct {
		Entity struct{ Identifiers []identifier }
	}
	c.MustPost(`query($q: String) { entity(wikidata: $q) { identifiers { scheme value url } } }`, &resp, client.Var("q", id.Value))
	found := false
	for _, got := range resp.Entity.Identifiers {
		found = found || got == id
	}
	if !found {
		t.Errorf("entity(wikidata: %q) is an entity without that item: %v", id.Value, resp.Entity.Identifiers)
	}
}
