package loadtest_test

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/telcograph/telcograph/schema"
	lt "github.com/telcograph/telcograph/server/loadtest"
)

// Answers to the fixture's questions, in each system's shape, built from
// parts so a test can drop, swap or spoil one.
const (
	novaEdge = `{"node":{"slug":"nova-telecom","name":"Nova Telecom"},"sources":[{"url":"https://news.example/2"},{"url":"https://news.example/1"}]}`
	skyEdge  = `{"node":{"slug":"sky-labs","name":"Sky Labs"},"sources":[{"url":"https://news.example/1"}]}`

	cayleyNova1 = `{"id":"<https://telcograph.org/id/open-ran-alliance>","m":"<https://telcograph.org/id/nova-telecom>","name":"Nova Telecom","src":"<https://news.example/1>"}`
	cayleyNova2 = `{"id":"<https://telcograph.org/id/open-ran-alliance>","m":"<https://telcograph.org/id/nova-telecom>","name":"Nova Telecom","src":"<https://news.example/2>"}`
	cayleySky   = `{"id":"<https://telcograph.org/id/open-ran-alliance>","m":"<https://telcograph.org/id/sky-labs>","name":"Sky Labs","src":"<https://news.example/1>"}`

	sparqlNova1 = `{"m":{"type":"uri","value":"https://telcograph.org/id/nova-telecom"},"name":{"type":"literal","value":"Nova Telecom"},"src":{"type":"uri","value":"https://news.example/1"}}`
	sparqlNova2 = `{"m":{"type":"uri","value":"https://telcograph.org/id/nova-telecom"},"name":{"type":"literal","value":"Nova Telecom"},"src":{"type":"uri","value":"https://news.example/2"}}`
	sparqlSky   = `{"m":{"type":"uri","value":"https://telcograph.org/id/sky-labs"},"name":{"type":"literal","value":"Sky Labs"},"src":{"type":"uri","value":"https://news.example/1"}}`
)

func members(total int, edges ...string) string {
	return fmt.Sprintf(`{"data":{"alliance":{"members":{"totalCount":%d,"edges":[%s]}}}}`, total, strings.Join(edges, ","))
}

func coMembers(total int, slugs ...string) string {
	var edges []string
	for _, s := range slugs {
		edges = append(edges, `{"node":{"slug":"`+s+`"}}`)
	}
	return fmt.Sprintf(`{"data":{"coMembers":{"totalCount":%d,"edges":[%s]}}}`, total, strings.Join(edges, ","))
}

func path(slugs ...string) string {
	var nodes []string
	for _, s := range slugs {
		nodes = append(nodes, `{"slug":"`+s+`"}`)
	}
	return fmt.Sprintf(`{"data":{"path":{"hops":%d,"nodes":[%s]}}}`, len(slugs)-1, strings.Join(nodes, ","))
}

// hits are search hits, each "slug|name|REASON".
func hits(hs ...string) string {
	var edges []string
	for _, h := range hs {
		p := strings.Split(h, "|")
		edges = append(edges, fmt.Sprintf(`{"node":{"slug":%q,"name":%q},"reason":%q}`, p[0], p[1], p[2]))
	}
	return `{"data":{"search":{"edges":[` + strings.Join(edges, ",") + `]}}}`
}

func cayley(rows ...string) string { return `{"result":[` + strings.Join(rows, ",") + `]}` }

// cayleyEmitted is rows emitted as one result, as the Gizmo W2 emits them.
func cayleyEmitted(rows ...string) string { return `{"result":[[` + strings.Join(rows, ",") + `]]}` }

func cayleyIDs(slugs ...string) string {
	var rows []string
	for _, s := range slugs {
		rows = append(rows, `{"id":"<https://telcograph.org/id/`+s+`>"}`)
	}
	return cayley(rows...)
}

func sparql(vars string, rows ...string) string {
	return `{"head":{"vars":[` + vars + `]},"results":{"distinct":false,"ordered":true,"bindings":[` + strings.Join(rows, ",") + `]}}`
}

func sparqlIDs(slugs ...string) string {
	var rows []string
	for _, s := range slugs {
		rows = append(rows, `{"o":{"type":"uri","value":"https://telcograph.org/id/`+s+`"}}`)
	}
	return sparql(`"o"`, rows...)
}

func TestCheck(t *testing.T) {
	truth := lt.NewTruth(fixture(t))
	w2 := lt.Ask{Workload: lt.W2, Slug: "open-ran-alliance"}
	w3 := lt.Ask{Workload: lt.W3, Slug: "nova-telecom"}
	w4 := lt.Ask{Workload: lt.W4, Pair: [2]string{"nova-telecom", "orbit-cloud"}}
	w4none := lt.Ask{Workload: lt.W4, Pair: [2]string{"nova-telecom", "nobody"}}
	exact := lt.Ask{Workload: lt.W5, Search: lt.SearchText{Text: "nova TELECOM", Kind: lt.SearchExact, Slug: "nova-telecom"}}
	prefix := lt.Ask{Workload: lt.W5, Search: lt.SearchText{Text: "Nova Telecom I", Kind: lt.SearchPrefix, Slug: "nova-telecom"}}
	typo := lt.Ask{Workload: lt.W5, Search: lt.SearchText{Text: "Sky Lbas", Kind: lt.SearchTypo, Slug: "sky-labs"}}
	tests := []struct {
		name  string
		sys   lt.System
		ask   lt.Ask
		body  string
		wrong string // "" for a right answer, else part of the error
	}{
		// telcograph: GraphQL JSON.
		{"W2 right", lt.Ours, w2, members(2, novaEdge, skyEdge), ""},
		{"W2 right, no response cache", lt.OursUncached, w2, members(2, novaEdge, skyEdge), ""},
		{"W2 reordered", lt.Ours, w2, members(2, skyEdge, novaEdge), "another order; entry 0 is\n+ sky-labs"},
		{"W2 short", lt.Ours, w2, members(2, novaEdge), "1 members page, want 2"},
		{"W2 wrong count", lt.Ours, w2, members(3, novaEdge, skyEdge), "totalCount 3, want 2"},
		{"W2 wrong name", lt.Ours, w2, members(2, novaEdge, strings.Replace(skyEdge, `"Sky Labs"`, `"Sky Lab"`, 1)), `+ sky-labs "Sky Lab" https://news.example/1`},
		{"W2 a source missing", lt.Ours, w2, members(2, strings.Replace(novaEdge, `{"url":"https://news.example/2"},`, "", 1), skyEdge), `+ nova-telecom "Nova Telecom" https://news.example/1`},
		{"W2 GraphQL error", lt.Ours, w2, `{"errors":[{"message":"boom"}],"data":null}`, "GraphQL errors"},
		{"W2 not JSON", lt.Ours, w2, `<html>`, "not GraphQL JSON"},
		{"W2 unknown alliance", lt.Ours, w2, `{"data":{"alliance":null}}`, "alliance is null"},
		{"W3 right", lt.Ours, w3, coMembers(2, "astra-mobile", "sky-labs"), ""},
		{"W3 reordered", lt.Ours, w3, coMembers(2, "sky-labs", "astra-mobile"), "(-want +got)"},
		{"W3 short", lt.Ours, w3, coMembers(2, "astra-mobile"), "1 co-members, want 2"},
		{"W3 itself included", lt.Ours, w3, coMembers(3, "astra-mobile", "nova-telecom", "sky-labs"), "totalCount 3, want 2"},
		{"W4 right", lt.Ours, w4, path("nova-telecom", "edge-forum", "astra-mobile", "zeta-ai", "orbit-cloud"), ""},
		{"W4 right, the other shortest path", lt.Ours, w4, path("nova-telecom", "open-ran-alliance", "sky-labs", "jv-orbit-cloud-sky-labs", "orbit-cloud"), ""},
		{"W4 reordered", lt.Ours, w4, path("nova-telecom", "astra-mobile", "edge-forum", "zeta-ai", "orbit-cloud"), "are not linked"},
		{"W4 reversed", lt.Ours, w4, path("orbit-cloud", "zeta-ai", "astra-mobile", "edge-forum", "nova-telecom"), "path from orbit-cloud"},
		{"W4 longer", lt.Ours, w4, path("nova-telecom", "edge-forum", "astra-mobile", "zeta-ai", "orbit-cloud", "anna-kim", "orbit-cloud"), "6 hops, want 4"},
		{"W4 none found", lt.Ours, w4, `{"data":{"path":null}}`, "no path, want one of 4 hops"},
		{"W4 none there", lt.Ours, w4none, `{"data":{"path":null}}`, ""},
		{"W5 exact", lt.Ours, exact, hits("nova-telecom|Nova Telecom|EXACT", "jv-orbit-cloud-sky-labs|Joint venture of Orbit Cloud and Sky Labs|FUZZY"), ""},
		{"W5 exact reordered", lt.Ours, exact, hits("jv-orbit-cloud-sky-labs|Joint venture of Orbit Cloud and Sky Labs|FUZZY", "nova-telecom|Nova Telecom|EXACT"), "first hit is not nova-telecom"},
		{"W5 exact missed", lt.Ours, exact, hits(), "first hit is not nova-telecom"},
		{"W5 prefix of an alias", lt.Ours, prefix, hits("nova-telecom|Nova Telecom|PREFIX"), ""},
		{"W5 prefix that is not one", lt.Ours, prefix, hits("nova-telecom|Nova Telecom|PREFIX", "sky-labs|Sky Labs|PREFIX"), `"Sky Labs" does not start with the text`},
		{"W5 prefix finds nothing", lt.Ours, prefix, hits(), "no hits"},
		{"W5 typo finds nothing", lt.Ours, typo, hits(), ""},
		{"W5 unknown entity", lt.Ours, typo, hits("sky-lab|Sky Lab|TYPO"), "no entity sky-lab"},
		{"W5 wrong name", lt.Ours, typo, hits("sky-labs|Sky Lab|TYPO"), `named "Sky Lab"`},
		{"W5 twice", lt.Ours, typo, hits("sky-labs|Sky Labs|TYPO", "sky-labs|Sky Labs|FUZZY"), "sky-labs twice"},
		{"W5 exact that is not", lt.Ours, typo, hits("sky-labs|Sky Labs|EXACT"), "not an exact match"},
		{"W5 unknown reason", lt.Ours, typo, hits("sky-labs|Sky Labs|CLOSE"), `reason "CLOSE"`},

		// Cayley's JSON: rows emitted as one result (W2) or one a result
		// (W3), compared as a set; a row may come twice (a name quad per source).
		{"Cayley W2 right", lt.Cayley, w2, cayleyEmitted(cayleyNova1, cayleyNova2, cayleySky), ""},
		{"Cayley W2 right, one row a result", lt.Cayley, w2, cayley(cayleyNova1, cayleyNova2, cayleySky), ""},
		{"Cayley W2 rows in another order, one twice", lt.Cayley, w2, cayleyEmitted(cayleySky, cayleyNova2, cayleyNova1, cayleySky), ""},
		{"Cayley W2 short", lt.Cayley, w2, cayleyEmitted(cayleyNova1, cayleySky), "2 rows, want 3"},
		{"Cayley W2 wrong name", lt.Cayley, w2, cayleyEmitted(cayleyNova1, strings.Replace(cayleyNova2, `"Nova Telecom"`, `"Nova"`, 1), cayleySky), "+ https://telcograph.org/id/nova-telecom | Nova | https://news.example/2"},
		{"Cayley W2 columns swapped", lt.Cayley, w2, cayleyEmitted(cayleyNova1, cayleyNova2, `{"m":"<https://news.example/1>","name":"Sky Labs","src":"<https://telcograph.org/id/sky-labs>"}`), "(-want +got)"},
		{"Cayley W2 error", lt.Cayley, w2, `{"error":"syntax error"}`, "cayley error: syntax error"},
		{"Cayley W2 empty", lt.Cayley, w2, `{"result":null}`, "0 rows, want 3"},
		{"Cayley W2 not rows", lt.Cayley, w2, `{"result":[7]}`, "neither a row nor rows"},
		{"Cayley W3 right", lt.Cayley, w3, cayleyIDs("sky-labs", "astra-mobile"), ""},
		{"Cayley W3 itself included", lt.Cayley, w3, cayleyIDs("sky-labs", "nova-telecom", "astra-mobile"), "3 co-members, want 2"},
		{"Cayley W3 short", lt.Cayley, w3, cayleyIDs("sky-labs"), "1 co-members, want 2"},
		{"Cayley W3 a stranger", lt.Cayley, w3, cayleyIDs("sky-labs", "zeta-ai"), "zeta-ai"},

		// SPARQL JSON results: W2 a set, W3 in ORDER BY ?o order.
		{"SPARQL W2 right", lt.SPARQL, w2, sparql(`"m","name","src"`, sparqlNova1, sparqlNova2, sparqlSky), ""},
		{"SPARQL W2 rows in another order", lt.SPARQL, w2, sparql(`"m","name","src"`, sparqlSky, sparqlNova1, sparqlNova2), ""},
		{"SPARQL W2 short", lt.SPARQL, w2, sparql(`"m","name","src"`, sparqlNova1, sparqlSky), "2 rows, want 3"},
		{"SPARQL W2 wrong source", lt.SPARQL, w2, sparql(`"m","name","src"`, sparqlNova1, strings.Replace(sparqlNova2, "example/2", "example/3", 1), sparqlSky), "news.example/3"},
		{"SPARQL W2 not JSON", lt.SPARQL, w2, `<sparql xmlns="http://www.w3.org/2005/sparql-results#">`, "not SPARQL JSON results"},
		{"SPARQL W3 right", lt.SPARQL, w3, sparqlIDs("astra-mobile", "sky-labs"), ""},
		{"SPARQL W3 out of order", lt.SPARQL, w3, sparqlIDs("sky-labs", "astra-mobile"), "(-want +got)"},
		{"SPARQL W3 short", lt.SPARQL, w3, sparqlIDs("astra-mobile"), "1 co-members, want 2"},
		{"SPARQL W3 itself included", lt.SPARQL, w3, sparqlIDs("astra-mobile", "nova-telecom", "sky-labs"), "3 co-members, want 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := truth.Check(tt.sys, tt.ask, []byte(tt.body))
			switch {
			case tt.wrong == "" && err != nil:
				t.Errorf("a right answer failed: %v", err)
			case tt.wrong != "" && err == nil:
				t.Errorf("a wrong answer passed; want an error with %q", tt.wrong)
			case tt.wrong != "" && !strings.Contains(err.Error(), tt.wrong):
				t.Errorf("error %q, want it to say %q", err, tt.wrong)
			}
		})
	}
}

// TestCheckLimits: a query that asks for the first 50 (or 100) gets no
// more and no fewer, each system in its own order: telcograph by name, SPARQL
// by IRI, Gizmo by "<iri>", in which member-001-x comes before member-001.
func TestCheckLimits(t *testing.T) {
	g := fixture(t)
	if err := g.Register.Add(schema.Entity{Slug: "big-alliance", Name: "Big Alliance", Type: schema.TypeAlliance}); err != nil {
		t.Fatal(err)
	}
	big := g.Articles[0]
	big.URL = "https://news.example/big"
	big.Facts = nil
	var slugs []string
	for i := range 120 {
		slugs = append(slugs, fmt.Sprintf("member-%03d", i))
	}
	// Each "-x" slug comes just after its stem by IRI, just before it by
	// "<IRI>" ('-' < '>'), right where the first 50 members and the first
	// 100 co-members are cut.
	slugs = append(slugs, "member-049-x", "member-099-x")
	for i, slug := range slugs {
		if err := g.Register.Add(schemaCompany(slug)); err != nil {
			t.Fatal(err)
		}
		big.Facts = append(big.Facts, memberFact(i, slug, "big-alliance"))
	}
	g.Articles = append(g.Articles, big)
	truth := lt.NewTruth(g)
	w2 := lt.Ask{Workload: lt.W2, Slug: "big-alliance"}
	w3 := lt.Ask{Workload: lt.W3, Slug: "member-000"}
	sort.Strings(slugs) // by IRI, and by name
	gizmo := slices.Clone(slugs)
	sort.Slice(gizmo, func(i, j int) bool { return gizmo[i]+">" < gizmo[j]+">" })
	rows := func(ss []string) []string {
		var out []string
		for _, s := range ss {
			out = append(out, fmt.Sprintf(`{"m":{"type":"uri","value":"https://telcograph.org/id/%s"},"name":{"type":"literal","value":"%[1]s"},"src":{"type":"uri","value":"https://news.example/big"}}`, s))
		}
		return out
	}
	gizmoRows := func(ss []string) []string {
		var out []string
		for _, s := range ss {
			out = append(out, fmt.Sprintf(`{"m":"<https://telcograph.org/id/%s>","name":"%[1]s","src":"<https://news.example/big>"}`, s))
		}
		return out
	}
	co := slugs[1:] // member-000's co-members: the other 121
	tests := []struct {
		name  string
		sys   lt.System
		ask   lt.Ask
		body  string
		right bool
	}{
		{"SPARQL W2 the first 50 by IRI", lt.SPARQL, w2, sparql(`"m","name","src"`, rows(slugs[:50])...), true},
		{"SPARQL W2 the first 50 by <IRI>", lt.SPARQL, w2, sparql(`"m","name","src"`, rows(gizmo[:49])...), false},
		{"SPARQL W2 51", lt.SPARQL, w2, sparql(`"m","name","src"`, rows(slugs[:51])...), false},
		{"Cayley W2 the first 50 by <IRI>", lt.Cayley, w2, cayleyEmitted(gizmoRows(gizmo[:50])...), true},
		{"Cayley W2 the first 50 by IRI", lt.Cayley, w2, cayleyEmitted(gizmoRows(slugs[:50])...), false},
		{"SPARQL W3 the first 100", lt.SPARQL, w3, sparqlIDs(co[:100]...), true},
		{"SPARQL W3 all 121", lt.SPARQL, w3, sparqlIDs(co...), false},
		{"Cayley W3 the first 100 by <IRI>", lt.Cayley, w3, cayleyIDs(gizmo[1:101]...), true},
		{"Cayley W3 the first 100 by IRI", lt.Cayley, w3, cayleyIDs(co[:100]...), false},
		{"Cayley W3 101 rows, past its API's limit", lt.Cayley, w3, cayleyIDs(gizmo[1:102]...), false},
		{"telcograph W3 first 100 of 121, by name", lt.Ours, w3, coMembers(121, co[:100]...), true},
		{"telcograph W3 all 121", lt.Ours, w3, coMembers(121, co...), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := truth.Check(tt.sys, tt.ask, []byte(tt.body))
			if tt.right && err != nil {
				t.Errorf("a right answer failed: %v", err)
			}
			if !tt.right && err == nil {
				t.Errorf("a wrong answer passed")
			}
		})
	}
}
