package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
)

// foundersFacts is an article-facts file of fictional companies: Granite Labs
// set up by two companies and a person, and an alliance whose founders are
// founding members.
const foundersFacts = `entities:
  granite-labs: {name: Granite Labs, type: company, surface_forms: [Granite Labs]}
  acme-telecom: {name: Acme Telecom, type: company, surface_forms: [Acme Telecom]}
  cobalt-mobile: {name: Cobalt Mobile, type: company, surface_forms: [Cobalt Mobile]}
  jane-park: {name: Jane Park, type: person, surface_forms: [Jane Park]}
  edge-forum: {name: Edge Forum, type: alliance, surface_forms: [Edge Forum]}
articles:
- id: f1
  source: https://example.org/granite-labs
  title: "Granite Labs is set up"
  date: 2024-05-02
  facts:
  - rel: foundedBy
    org: {id: granite-labs, text: Granite Labs}
    founder: {id: acme-telecom, text: Acme Telecom}
    date: 2024-05
    evidence: "Granite Labs was set up in May 2024 by Acme Telecom, Cobalt Mobile and Jane Park."
  - rel: foundedBy
    org: {id: granite-labs, text: Granite Labs}
    founder: {id: cobalt-mobile, text: Cobalt Mobile}
    evidence: "Granite Labs was set up in May 2024 by Acme Telecom, Cobalt Mobile and Jane Park."
  - rel: foundedBy
    org: {id: granite-labs, text: Granite Labs}
    founder: {id: jane-park, text: Jane Park}
    evidence: "Granite Labs was set up in May 2024 by Acme Telecom, Cobalt Mobile and Jane Park."
  - rel: foundingMember
    member: {id: acme-telecom, text: Acme Telecom}
    org: {id: edge-forum, text: Edge Forum}
    evidence: "Acme Telecom also co-founded the Edge Forum."
`

func foundersClient(t *testing.T) *client.Client {
	c, _ := factsServer(t, "founders.yaml", foundersFacts)
	return c
}

// TestFoundersExport: the exports write a founder as schema.org's founder
// (N-Quads) and as FOUNDED_BY (the property-graph CSV's relationEnum).
func TestFoundersExport(t *testing.T) {
	_, h := factsServer(t, "founders.yaml", foundersFacts)
	get := func(q string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/export?"+q, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET /export?%s: %d %s", q, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	nq := get("format=nquads")
	if want := "<https://telcograph.org/id/granite-labs> <https://schema.org/founder> <https://telcograph.org/id/jane-park>"; !strings.Contains(nq, want) {
		t.Errorf("N-Quads export lacks %s", want)
	}
	csv := get("format=csv&table=edges")
	if !strings.Contains(csv, "granite-labs,acme-telecom,foundedBy") || !strings.Contains(csv, "FOUNDED_BY") {
		t.Errorf("CSV edges lack the founder edge granite-labs -> acme-telecom as foundedBy / FOUNDED_BY:\n%s", csv)
	}
}

// TestFounders: a company's founders (FOUNDED_BY) are answered from both
// sides with their sources, are followed by paths, and are never members: the
// company is no alliance of its founders, and an alliance's founders are
// still its founding members.
func TestFounders(t *testing.T) {
	c := foundersClient(t)
	type conn struct {
		TotalCount int
		Edges      []struct {
			Relation string
			Date     *string
			Node     struct{ Slug string }
			Sources  []struct{ URL string }
		}
	}
	var resp struct {
		Company struct {
			Founders, Memberships conn
		}
		Acme   struct{ CompaniesFounded, Memberships conn } `json:"acme"`
		Person struct{ CompaniesFounded conn }
		Path   *struct{ Edges []struct{ Relation string } }
	}
	const edges = `totalCount edges { relation date node { slug } sources { url } }`
	c.MustPost(`{
		company(slug: "granite-labs") { founders { `+edges+` } memberships { `+edges+` } }
		acme: company(slug: "acme-telecom") { companiesFounded { `+edges+` } memberships { `+edges+` } }
		person(slug: "jane-park") { companiesFounded { `+edges+` } }
		path(from: "jane-park", to: "cobalt-mobile") { edges { relation } }
	}`, &resp)

	var founders []string
	for _, e := range resp.Company.Founders.Edges {
		if e.Relation != "FOUNDED_BY" || len(e.Sources) != 1 || e.Sources[0].URL != "https://example.org/granite-labs" {
			t.Errorf("founder edge %+v: want FOUNDED_BY with the article as its source", e)
		}
		founders = append(founders, e.Node.Slug)
	}
	if diff := cmp.Diff([]string{"acme-telecom", "cobalt-mobile", "jane-park"}, founders); diff != "" {
		t.Errorf("founders of granite-labs (-want +got):\n%s", diff)
	}
	if resp.Company.Memberships.TotalCount != 0 {
		t.Errorf("granite-labs has %d memberships; founders make no membership", resp.Company.Memberships.TotalCount)
	}
	if got := resp.Acme.CompaniesFounded; got.TotalCount != 1 || got.Edges[0].Node.Slug != "granite-labs" || got.Edges[0].Date == nil || *got.Edges[0].Date != "2024-05" {
		t.Errorf("acme-telecom's companies founded: %+v; want granite-labs dated 2024-05", got)
	}
	if got := resp.Acme.Memberships; got.TotalCount != 1 || got.Edges[0].Node.Slug != "edge-forum" {
		t.Errorf("acme-telecom's memberships: %+v; want edge-forum only (not the company it set up)", got)
	}
	if got := resp.Person.CompaniesFounded; got.TotalCount != 1 || got.Edges[0].Node.Slug != "granite-labs" {
		t.Errorf("jane-park's companies founded: %+v; want granite-labs", got)
	}
	if resp.Path == nil || len(resp.Path.Edges) != 2 || resp.Path.Edges[0].Relation != "FOUNDED_BY" || resp.Path.Edges[1].Relation != "FOUNDED_BY" {
		t.Errorf("path jane-park -> cobalt-mobile: %+v; want two FOUNDED_BY edges through granite-labs", resp.Path)
	}
}

// TestFoundedByWrongType: an alliance's founders are founding members, so a
// foundedBy fact about an alliance is refused with its file and line.
func TestFoundedByWrongType(t *testing.T) {
	bad := strings.Replace(foundersFacts, "org: {id: granite-labs, text: Granite Labs}\n    founder: {id: jane-park", "org: {id: edge-forum, text: Edge Forum}\n    founder: {id: jane-park", 1)
	if bad == foundersFacts {
		t.Fatal("the test's edit did not apply")
	}
	_, err := facts.Read("founders.yaml", []byte(bad), facts.ReadOptions{})
	if err == nil {
		t.Fatal("a foundedBy fact about an alliance was accepted")
	}
	if !strings.Contains(err.Error(), "founders.yaml:") || !strings.Contains(err.Error(), "edge-forum") {
		t.Errorf("error %q: want the file, line and the entity", err)
	}
	t.Log(err)
}
