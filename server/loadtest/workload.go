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

// Workloads. W1, the bulk load, is not a request: see LoadTelcograph.
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

// Inputs are the ids workloads draw from.
type Inputs struct {
	Alliances []string     // slugs of alliances with members, sorted
	Companies []string     // slugs of companies in alliances, sorted
	Pairs     [][2]string  // company pairs for paths
	Names     []SearchText // search texts (exact, prefix, typo)
}

// NewInputs picks the ids workloads use from a generated graph: alliances
// with members, companies in alliances, 500 company pairs, and search texts
// made from every fifth entity's name when it is a company.
func NewInputs(g *synth.Graph) *Inputs {
	members := map[string]int{}
	inAlliance := map[string]bool{}
	for _, a := range g.Articles {
		for _, f := range a.Facts {
			if f.Relation == schema.RelMemberOf || f.Relation == schema.RelFoundingMember {
				members[f.Object.ID]++
				inAlliance[f.Subject.ID] = true
			}
		}
	}
	in := &Inputs{}
	for a := range members {
		in.Alliances = append(in.Alliances, a)
	}
	for c := range inAlliance {
		in.Companies = append(in.Companies, c)
	}
	sort.Strings(in.Alliances)
	sort.Strings(in.Companies)
	for i := 0; i < 500 && len(in.Companies) > 0; i++ {
		a, b := in.Companies[(i*7919)%len(in.Companies)], in.Companies[(i*104729+13)%len(in.Companies)]
		in.Pairs = append(in.Pairs, [2]string{a, b})
	}
	for i, e := range g.Register.Entities() {
		if e.Type != schema.TypeCompany || i%5 != 0 {
			continue
		}
		r := []rune(e.Name)
		if len(r) < 3 {
			continue
		}
		switch i % 3 {
		case 0:
			in.Names = append(in.Names, SearchText{e.Name, SearchExact, e.Slug})
		case 1:
			in.Names = append(in.Names, SearchText{string(r[:max(3, len(r)/2)]), SearchPrefix, e.Slug})
		default:
			r[1], r[2] = r[2], r[1]
			in.Names = append(in.Names, SearchText{string(r), SearchTypo, e.Slug})
		}
	}
	return in
}

// Ask is one question of a workload: the input drawn for it.
type Ask struct {
	Workload Workload
	Slug     string     // W2: the alliance; W3: the company
	Pair     [2]string  // W4: from, to
	Search   SearchText // W5
}

// Draw picks the input of one question of workload w with rng. The same rng
// state draws the same question whichever system is asked.
func Draw(w Workload, in *Inputs, rng *rand.Rand) (Ask, error) {
	a := Ask{Workload: w}
	n := map[Workload]int{W2: len(in.Alliances), W3: len(in.Companies), W4: len(in.Pairs), W5: len(in.Names)}[w]
	if n == 0 {
		return a, fmt.Errorf("loadtest: no inputs for %s", w)
	}
	i := rng.IntN(n)
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
	gqlW2 = `query($s:String!){alliance(slug:$s){members(first:50){edges{since role node{slug name} sources{url evidence}}}}}`
	gqlW3 = `query($s:String!){coMembers(slug:$s,first:100){totalCount edges{node{slug}}}}`
	gqlW4 = `query($a:String!,$b:String!){path(from:$a,to:$b,maxHops:6){hops nodes{slug}}}`
	gqlW5 = `query($t:String!){search(text:$t,first:10){edges{node{slug name} reason}}}`
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
			// An IRI formats as <...>, as Gizmo and SPARQL write it.
			q = fmt.Sprintf(`g.V("%s").In("%s").Tag("stmt").Out("%s").Tag("member").Back("stmt").Out("%s").Tag("evidence").Back("stmt").Out("%s").Tag("source").Limit(50).All()`,
				schema.EntityIRI(a.Slug), schema.Organization, schema.Member, schema.Evidence, schema.WasDerivedFrom)
		case W3:
			q = fmt.Sprintf(`g.V("%s").Out("%s").In("%s").Unique().All()`, schema.EntityIRI(a.Slug), schema.MemberOf, schema.MemberOf)
		default:
			return nil, ErrUnsupported
		}
		return http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(q))
	case SPARQL:
		var q string
		switch a.Workload {
		case W2:
			q = fmt.Sprintf(`SELECT ?m ?ev ?src WHERE { ?st %s %s ; %s ?m ; %s ?ev ; %s ?src } LIMIT 50`,
				schema.Organization, schema.EntityIRI(a.Slug), schema.Member, schema.Evidence, schema.WasDerivedFrom)
		case W3:
			q = fmt.Sprintf(`SELECT DISTINCT ?o WHERE { %s %s ?a . ?o %s ?a }`, schema.EntityIRI(a.Slug), schema.MemberOf, schema.MemberOf)
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
