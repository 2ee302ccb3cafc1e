package loadtest_test

import (
	"fmt"
	"strings"
	"testing"

	lt "github.com/telcograph/telcograph/server/loadtest"
)

// Answers to the fixture's questions, in each system's shape, built from
// parts so a test can drop, swap or spoil one.
const (
	novaEdge = `{"since":"2020","role":"MEMBER","node":{"slug":"nova-telecom","name":"Nova Telecom"},"sources":[` +
		`{"url":"https://news.example/2","evidence":"Nova Telecom has been a member since 2020."},` +
		`{"url":"https://news.example/1","evidence":"Nova Telecom joined in March 2020."}]}`
	skyEdge = `{"since":"2019","role":"FOUNDING_MEMBER","node":{"slug":"sky-labs","name":"Sky Labs"},"sources":[` +
		`{"url":"https://news.example/1","evidence":"Sky Labs founded the alliance."}]}`

	cayleyNova1 = `{"id":"<https://news.example/1>","stmt":"<https://telcograph.org/id/statement/aa>","member":"<https://telcograph.org/id/nova-telecom>","evidence":"Nova Telecom joined in March 2020.","source":"<https://news.example/1>"}`
	cayleyNova2 = `{"id":"<https://news.example/2>","stmt":"<https://telcograph.org/id/statement/bb>","member":"<https://telcograph.org/id/nova-telecom>","evidence":"Nova Telecom has been a member since 2020.","source":"<https://news.example/2>"}`
	cayleySky   = `{"id":"<https://news.example/1>","stmt":"<https://telcograph.org/id/statement/cc>","member":"<https://telcograph.org/id/sky-labs>","evidence":"Sky Labs founded the alliance.","source":"<https://news.example/1>"}`

	sparqlNova1 = `{"m":{"type":"uri","value":"https://telcograph.org/id/nova-telecom"},"ev":{"type":"literal","value":"Nova Telecom joined in March 2020."},"src":{"type":"uri","value":"https://news.example/1"}}`
	sparqlNova2 = `{"m":{"type":"uri","value":"https://telcograph.org/id/nova-telecom"},"ev":{"type":"literal","value":"Nova Telecom has been a member since 2020."},"src":{"type":"uri","value":"https://news.example/2"}}`
	sparqlSky   = `{"m":{"type":"uri","value":"https://telcograph.org/id/sky-labs"},"ev":{"type":"literal","value":"Sky Labs founded the alliance."},"src":{"type":"uri","value":"https://news.example/1"}}`
)

func members(edges ...string) string {
	return `{"data":{"alliance":{"members":{"edges":[` + strings.Join(edges, ",") + `]}}}}`
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
		{"W2 right", lt.Ours, w2, members(novaEdge, skyEdge), ""},
		{"W2 right, no response cache", lt.OursUncached, w2, members(novaEdge, skyEdge), ""},
		{"W2 reordered", lt.Ours, w2, members(skyEdge, novaEdge), "member 0 is sky-labs, want nova-telecom"},
		{"W2 short", lt.Ours, w2, members(novaEdge), "1 members, want 2"},
		{"W2 wrong name", lt.Ours, w2, members(novaEdge, strings.Replace(skyEdge, `"Sky Labs"`, `"Sky Lab"`, 1)), `named "Sky Lab"`},
		{"W2 wrong role", lt.Ours, w2, members(novaEdge, strings.Replace(skyEdge, "FOUNDING_MEMBER", "MEMBER", 1)), "has role"},
		{"W2 later since", lt.Ours, w2, members(strings.Replace(novaEdge, `"2020"`, `"2020-03"`, 1), skyEdge), `since "2020-03"`},
		{"W2 founding member without the founding date", lt.Ours, w2, members(novaEdge, strings.Replace(skyEdge, `"2019"`, "null", 1)), "since"},
		{"W2 a source missing", lt.Ours, w2, members(strings.Replace(novaEdge, `{"url":"https://news.example/2","evidence":"Nova Telecom has been a member since 2020."},`, "", 1), skyEdge), "has sources"},
		{"W2 GraphQL error", lt.Ours, w2, `{"errors":[{"message":"boom"}],"data":null}`, "GraphQL errors"},
		{"W2 not JSON", lt.Ours, w2, `<html>`, "not GraphQL JSON"},
		{"W2 unknown alliance", lt.Ours, w2, `{"data":{"alliance":null}}`, "alliance is null"},
		{"W3 right", lt.Ours, w3, coMembers(2, "astra-mobile", "sky-labs"), ""},
		{"W3 reordered", lt.Ours, w3, coMembers(2, "sky-labs", "astra-mobile"), "co-member 0 is sky-labs"},
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

		// Cayley's JSON: its queries set no order, so rows are a set.
		{"Cayley W2 right", lt.Cayley, w2, cayley(cayleyNova1, cayleyNova2, cayleySky), ""},
		{"Cayley W2 rows in another order", lt.Cayley, w2, cayley(cayleySky, cayleyNova2, cayleyNova1), ""},
		{"Cayley W2 short", lt.Cayley, w2, cayley(cayleyNova1, cayleySky), "2 rows, want 3"},
		{"Cayley W2 a row twice", lt.Cayley, w2, cayley(cayleyNova1, cayleyNova1, cayleySky), "twice"},
		{"Cayley W2 wrong evidence", lt.Cayley, w2, cayley(cayleyNova1, strings.Replace(cayleyNova2, "since 2020", "since 2021", 1), cayleySky), "not a statement of the alliance"},
		{"Cayley W2 columns swapped", lt.Cayley, w2, cayley(cayleyNova1, cayleyNova2, `{"member":"<https://news.example/1>","evidence":"Sky Labs founded the alliance.","source":"<https://telcograph.org/id/sky-labs>"}`), "not a statement"},
		{"Cayley W2 error", lt.Cayley, w2, `{"error":"syntax error"}`, "cayley error: syntax error"},
		{"Cayley W2 empty", lt.Cayley, w2, `{"result":null}`, "0 rows, want 3"},
		{"Cayley W3 right, itself included", lt.Cayley, w3, cayleyIDs("sky-labs", "nova-telecom", "astra-mobile"), ""},
		{"Cayley W3 short", lt.Cayley, w3, cayleyIDs("sky-labs", "astra-mobile"), "2 ids, want 3"},
		{"Cayley W3 a stranger", lt.Cayley, w3, cayleyIDs("sky-labs", "nova-telecom", "zeta-ai"), "zeta-ai is not a co-member"},

		// SPARQL JSON results: no ORDER BY either.
		{"SPARQL W2 right", lt.SPARQL, w2, sparql(`"m","ev","src"`, sparqlNova1, sparqlNova2, sparqlSky), ""},
		{"SPARQL W2 rows in another order", lt.SPARQL, w2, sparql(`"m","ev","src"`, sparqlSky, sparqlNova1, sparqlNova2), ""},
		{"SPARQL W2 short", lt.SPARQL, w2, sparql(`"m","ev","src"`, sparqlNova1, sparqlSky), "2 rows, want 3"},
		{"SPARQL W2 wrong source", lt.SPARQL, w2, sparql(`"m","ev","src"`, sparqlNova1, strings.Replace(sparqlNova2, "example/2", "example/3", 1), sparqlSky), "not a statement"},
		{"SPARQL W2 not JSON", lt.SPARQL, w2, `<sparql xmlns="http://www.w3.org/2005/sparql-results#">`, "not SPARQL JSON results"},
		{"SPARQL W3 right", lt.SPARQL, w3, sparqlIDs("astra-mobile", "nova-telecom", "sky-labs"), ""},
		{"SPARQL W3 short", lt.SPARQL, w3, sparqlIDs("astra-mobile", "sky-labs"), "2 ids, want 3"},
		{"SPARQL W3 a stranger", lt.SPARQL, w3, sparqlIDs("astra-mobile", "nova-telecom", "sky-labs", "orbit-cloud"), "4 ids, want 3"},
		{"SPARQL W3 twice", lt.SPARQL, w3, sparqlIDs("astra-mobile", "nova-telecom", "nova-telecom"), "twice"},
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
// more and no fewer, and Cayley's API stops at 100 rows.
func TestCheckLimits(t *testing.T) {
	g := fixture(t)
	big := g.Articles[0]
	big.URL = "https://news.example/big"
	big.Facts = nil
	for i := range 120 {
		slug := fmt.Sprintf("member-%03d", i)
		if err := g.Register.Add(schemaCompany(slug)); err != nil {
			t.Fatal(err)
		}
		big.Facts = append(big.Facts, memberFact(i, slug, "edge-forum"))
	}
	g.Articles = append(g.Articles, big)
	truth := lt.NewTruth(g)
	w2 := lt.Ask{Workload: lt.W2, Slug: "edge-forum"}
	w3 := lt.Ask{Workload: lt.W3, Slug: "astra-mobile"}
	var rows, ids []string
	for i := range 120 {
		rows = append(rows, fmt.Sprintf(`{"m":{"type":"uri","value":"https://telcograph.org/id/member-%03d"},"ev":{"type":"literal","value":"member-%03d joined."},"src":{"type":"uri","value":"https://news.example/big"}}`, i, i))
		ids = append(ids, fmt.Sprintf("member-%03d", i))
	}
	ids = append(ids, "nova-telecom", "astra-mobile")
	tests := []struct {
		name  string
		sys   lt.System
		ask   lt.Ask
		body  string
		right bool
	}{
		{"SPARQL W2 50 of 122 statements", lt.SPARQL, w2, sparql(`"m","ev","src"`, rows[70:120]...), true},
		{"SPARQL W2 49", lt.SPARQL, w2, sparql(`"m","ev","src"`, rows[:49]...), false},
		{"SPARQL W2 51", lt.SPARQL, w2, sparql(`"m","ev","src"`, rows[:51]...), false},
		{"SPARQL W3 all 122", lt.SPARQL, w3, sparqlIDs(ids...), true},
		{"SPARQL W3 cut at 100", lt.SPARQL, w3, sparqlIDs(ids[:100]...), false},
		{"Cayley W3 cut at 100 by its API", lt.Cayley, w3, cayleyIDs(ids[22:]...), true},
		{"Cayley W3 99", lt.Cayley, w3, cayleyIDs(ids[:99]...), false},
		{"telcograph W3 first 100 of 121, by name", lt.Ours, w3, coMembers(121, ids[:100]...), true},
		{"telcograph W3 all 121", lt.Ours, w3, coMembers(121, ids[:121]...), false},
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
