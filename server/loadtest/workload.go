package loadtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/telcograph/telcograph/loaders/synth"
	"github.com/telcograph/telcograph/schema"
)

// System is a server a workload can target, and how to ask it.
type System string

// Systems.
const (
	Ours System = "telcograph" // GraphQL at /graphql
	// OursUncached is telcograph with its response cache off: every request
	// runs its query.
	OursUncached System = "telcograph, no response cache"
	Cayley       System = "cayley"   // Gizmo at /api/v2/query?lang=gizmo
	SPARQL       System = "virtuoso" // SPARQL at /sparql
)

// graphQL reports whether sys answers GraphQL.
func (sys System) graphQL() bool { return sys == Ours || sys == OursUncached }

// Workload names the question asked (BENCHMARKS.md explains each).
type Workload string

// Workloads. W1, the bulk load, is not a request: see LoadFile.
const (
	W2 Workload = "W2" // an alliance's first 50 members with sources
	W3 Workload = "W3" // co-members of a company (2 hops)
	W4 Workload = "W4" // shortest path between two companies within 6 hops
	W5 Workload = "W5" // name search
)

// Workloads are the request workloads in the order they are run and reported.
var Workloads = []Workload{W2, W3, W4, W5}

// ErrUnsupported is returned by Request and Run for a workload a system has
// no query for: Gizmo and SPARQL have no shortest path or typo-tolerant
// search to compare with.
var ErrUnsupported = errors.New("workload not supported by this system")

// SearchKind is how a W5 search text was made from an entity's name.
type SearchKind string

// Search kinds.
const (
	SearchExact  SearchKind = "exact"  // the canonical name
	SearchPrefix SearchKind = "prefix" // its first half, at least 3 letters
	SearchTypo   SearchKind = "typo"   // its 2nd and 3rd letters swapped
)

// SearchText is one W5 input: the text, how it was made and from whose name.
type SearchText struct {
	Text string
	Kind SearchKind
	Slug string // the entity whose name it was made from
}

// Inputs are the questions of the workloads: each client asks them in
// turn, from its own starting point, so every question asked is one the
// check before timing asked too.
type Inputs struct {
	Alliances []string     // W2: the largest alliance (Truth.Largest)
	Companies []string     // W3: up to 200 member companies, in a seeded random order
	Pairs     [][2]string  // W4: company pairs for paths
	Names     []SearchText // W5: search texts (exact, prefix, typo)
}

// Sizes of the question lists.
const (
	w3Companies = 200
	w4Pairs     = 100
	w5Texts     = 200
)

// NewInputs is the questions of a generated graph (Truth.Inputs).
func NewInputs(g *synth.Graph) *Inputs { return NewTruth(g).Inputs() }

// Inputs picks the questions: the largest alliance; 200 companies drawn
// at random (seeded, so every run asks the same) from those in alliances;
// 100 pairs of those companies; and up to 200 search texts made from
// every fifth entity's name, by slug, when it is a company.
func (t *Truth) Inputs() *Inputs {
	in := &Inputs{}
	if a := t.Largest(); a != "" {
		in.Alliances = []string{a}
	}
	var companies []string
	for c := range t.orgs {
		if t.entities[c].Type == schema.TypeCompany {
			companies = append(companies, c)
		}
	}
	sort.Strings(companies)
	rng := rand.New(rand.NewPCG(7, 16))
	for _, i := range rng.Perm(len(companies))[:min(w3Companies, len(companies))] {
		in.Companies = append(in.Companies, companies[i])
	}
	for i := 0; i < w4Pairs && len(companies) > 0; i++ {
		a, b := companies[(i*7919)%len(companies)], companies[(i*104729+13)%len(companies)]
		in.Pairs = append(in.Pairs, [2]string{a, b})
	}
	slugs := make([]string, 0, len(t.entities))
	for s := range t.entities {
		slugs = append(slugs, s)
	}
	sort.Strings(slugs)
	var names []SearchText
	for i, slug := range slugs {
		e := t.entities[slug]
		r := []rune(e.Name)
		if e.Type != schema.TypeCompany || i%5 != 0 || len(r) < 3 {
			continue
		}
		switch i % 3 {
		case 0:
			names = append(names, SearchText{e.Name, SearchExact, e.Slug})
		case 1:
			names = append(names, SearchText{string(r[:max(3, len(r)/2)]), SearchPrefix, e.Slug})
		default:
			r[1], r[2] = r[2], r[1]
			names = append(names, SearchText{string(r), SearchTypo, e.Slug})
		}
	}
	// Spread over the whole list when it is longer than w5Texts.
	step := max(1, (len(names)+w5Texts-1)/w5Texts)
	for i := 0; i < len(names); i += step {
		in.Names = append(in.Names, names[i])
	}
	return in
}

// Ask is one question of a workload.
type Ask struct {
	Workload Workload
	Slug     string     // W2: the alliance; W3: the company
	Pair     [2]string  // W4: from, to
	Search   SearchText // W5
}

// Len is how many questions workload w has.
func (in *Inputs) Len(w Workload) int {
	return map[Workload]int{W2: len(in.Alliances), W3: len(in.Companies), W4: len(in.Pairs), W5: len(in.Names)}[w]
}

// Question is the i-th question of workload w, counting round the list.
func Question(w Workload, in *Inputs, i int) (Ask, error) {
	a := Ask{Workload: w}
	n := in.Len(w)
	if n == 0 {
		return a, fmt.Errorf("loadtest: no inputs for %s", w)
	}
	i %= n
	switch w {
	case W2:
		a.Slug = in.Alliances[i]
	case W3:
		a.Slug = in.Companies[i]
	case W4:
		a.Pair = in.Pairs[i]
	case W5:
		a.Search = in.Names[i]
	}
	return a, nil
}

// GraphQL documents, one per workload.
const (
	gqlW2 = `query($s:String!){alliance(slug:$s){members(first:50){totalCount edges{node{slug name} sources{url}}}}}`
	gqlW3 = `query($s:String!){coMembers(slug:$s,first:100){totalCount edges{node{slug}}}}`
	gqlW4 = `query($a:String!,$b:String!){path(from:$a,to:$b,maxHops:6){hops nodes{slug}}}`
	gqlW5 = `query($t:String!){search(text:$t,first:10){edges{node{slug name} reason}}}`
)

// The peers' W2 and W3 in their best known formulations (issue 16), the
// IRIs written by %s as <iri>. Gizmo's W2 takes
// two steps: with order().limit(50) in the middle of one path Cayley's
// optimizer may apply the limit to the final rows instead. labelContext
// needs a label path for its tag to be set, and g.V() is the fast one.
// Cayley's HTTP API returns at most 100 results of a query, a server
// setting: W2 has a row per member, name quad and source, more than 100 on
// the generated graphs, so the rows are collected with forEach and emitted
// as one result (ending in .all(), the same query gets 100 rows holding 8
// of the 69 facts at 10^5 quads). SPARQL selects the first 50 members in a sub-select, then
// their names and the graphs that state their membership.
const (
	gizmoW2 = `var a = "%[1]s";
var first = g.V(a).in("%[2]s").unique().order().limit(%[5]d).toArray();
var rows = [];
g.V.apply(g, first).tag("m").saveOpt("%[3]s", "name").labelContext(g.V(), "src").out("%[4]s").is(a).forEach(function(r) { rows.push(r); });
g.emit(rows);`
	gizmoW3 = `var c = "%[1]s";
g.V(c).out("%[2]s").in("%[3]s").unique().except(g.V(c)).order().limit(%[4]d).all();`
	sparqlW2 = `SELECT DISTINCT ?m ?name ?src WHERE {
  { SELECT DISTINCT ?m WHERE { ?m %[1]s %[3]s } ORDER BY ?m LIMIT %[4]d }
  GRAPH ?src { ?m %[1]s %[3]s }
  OPTIONAL { ?m %[2]s ?name }
}`
	sparqlW3 = `SELECT DISTINCT ?o WHERE {
  %[2]s %[1]s ?a . ?o %[1]s ?a . FILTER(?o != %[2]s)
} ORDER BY ?o LIMIT %[3]d`
)

// Request builds the HTTP request that asks sys question a at base (a URL
// without a trailing slash). It returns ErrUnsupported when sys has no query
// for the workload.
func Request(sys System, base string, a Ask) (*http.Request, error) {
	switch sys {
	case Ours, OursUncached:
		var q string
		var vars map[string]any
		switch a.Workload {
		case W2:
			q, vars = gqlW2, map[string]any{"s": a.Slug}
		case W3:
			q, vars = gqlW3, map[string]any{"s": a.Slug}
		case W4:
			q, vars = gqlW4, map[string]any{"a": a.Pair[0], "b": a.Pair[1]}
		case W5:
			q, vars = gqlW5, map[string]any{"t": a.Search.Text}
		default:
			return nil, ErrUnsupported
		}
		body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
		if err != nil {
			return nil, fmt.Errorf("loadtest: %s request: %w", a.Workload, err)
		}
		r, err := http.NewRequest("POST", base+"/graphql", bytes.NewReader(body))
		if err == nil {
			r.Header.Set("Content-Type", "application/json")
		}
		return r, err
	case Cayley:
		var q string
		switch a.Workload {
		case W2:
			q = fmt.Sprintf(gizmoW2, schema.EntityIRI(a.Slug), schema.MemberOf, schema.Name, schema.MemberOf, w2Rows)
		case W3:
			q = fmt.Sprintf(gizmoW3, schema.EntityIRI(a.Slug), schema.MemberOf, schema.MemberOf, w3Rows)
		default:
			return nil, ErrUnsupported
		}
		return http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(q))
	case SPARQL:
		var q string
		switch a.Workload {
		case W2:
			q = fmt.Sprintf(sparqlW2, schema.MemberOf, schema.Name, schema.EntityIRI(a.Slug), w2Rows)
		case W3:
			q = fmt.Sprintf(sparqlW3, schema.MemberOf, schema.EntityIRI(a.Slug), w3Rows)
		default:
			return nil, ErrUnsupported
		}
		r, err := http.NewRequest("POST", base+"/sparql", strings.NewReader(url.Values{"query": {q}}.Encode()))
		if err == nil {
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Accept", "application/sparql-results+json")
		}
		return r, err
	}
	return nil, ErrUnsupported
}

// Supports reports whether sys has a query for workload w.
func Supports(sys System, w Workload) bool {
	_, err := Request(sys, "http://127.0.0.1", Ask{Workload: w})
	return err == nil
}
