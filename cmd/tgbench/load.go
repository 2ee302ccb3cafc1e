package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

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

// Workload names the question asked (BENCHMARKS.md explains each).
type Workload string

// Workloads.
const (
	W2 Workload = "W2" // an alliance's first 50 members with sources
	W3 Workload = "W3" // co-members of a company (2 hops)
	W4 Workload = "W4" // shortest path between two companies within 6 hops
	W5 Workload = "W5" // name search
)

// Inputs are the ids workloads draw from.
type Inputs struct {
	Alliances []string    // slugs of alliances with members
	Companies []string    // slugs of companies in alliances
	Pairs     [][2]string // company pairs for paths
	Names     []string    // search texts (exact, prefix, typo)
}

// request builds one HTTP request of workload w for system sys at base.
func request(sys System, w Workload, base string, in *Inputs, rng *rand.Rand) (*http.Request, error) {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	switch sys {
	case Ours, OursUncached:
		var q string
		var vars map[string]any
		switch w {
		case W2:
			q = `query($s:String!){alliance(slug:$s){members(first:50){edges{since role node{slug name} sources{url evidence}}}}}`
			vars = map[string]any{"s": pick(in.Alliances)}
		case W3:
			q = `query($s:String!){coMembers(slug:$s,first:100){totalCount edges{node{slug}}}}`
			vars = map[string]any{"s": pick(in.Companies)}
		case W4:
			p := in.Pairs[rng.IntN(len(in.Pairs))]
			q = `query($a:String!,$b:String!){path(from:$a,to:$b,maxHops:6){hops nodes{slug}}}`
			vars = map[string]any{"a": p[0], "b": p[1]}
		case W5:
			q = `query($t:String!){search(text:$t,first:10){edges{node{slug name} reason}}}`
			vars = map[string]any{"t": pick(in.Names)}
		default:
			return nil, errUnsupported
		}
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		r, err := http.NewRequest("POST", base+"/graphql", bytes.NewReader(body))
		if err == nil {
			r.Header.Set("Content-Type", "application/json")
		}
		return r, err
	case Cayley:
		var q string
		switch w {
		case W2:
			// An IRI formats as <...>, as Gizmo and SPARQL write it.
			q = fmt.Sprintf(`g.V("%s").In("%s").Tag("stmt").Out("%s").Tag("member").Back("stmt").Out("%s").Tag("evidence").Back("stmt").Out("%s").Tag("source").Limit(50).All()`,
				schema.EntityIRI(pick(in.Alliances)), schema.Organization, schema.Member, schema.Evidence, schema.WasDerivedFrom)
		case W3:
			q = fmt.Sprintf(`g.V("%s").Out("%s").In("%s").Unique().All()`, schema.EntityIRI(pick(in.Companies)), schema.MemberOf, schema.MemberOf)
		default:
			return nil, errUnsupported
		}
		return http.NewRequest("POST", base+"/api/v2/query?lang=gizmo", strings.NewReader(q))
	case SPARQL:
		var q string
		switch w {
		case W2:
			q = fmt.Sprintf(`SELECT ?m ?ev ?src WHERE { ?st %s %s ; %s ?m ; %s ?ev ; %s ?src } LIMIT 50`,
				schema.Organization, schema.EntityIRI(pick(in.Alliances)), schema.Member, schema.Evidence, schema.WasDerivedFrom)
		case W3:
			q = fmt.Sprintf(`SELECT DISTINCT ?o WHERE { %s %s ?a . ?o %s ?a }`, schema.EntityIRI(pick(in.Companies)), schema.MemberOf, schema.MemberOf)
		default:
			return nil, errUnsupported
		}
		r, err := http.NewRequest("POST", base+"/sparql", strings.NewReader(url.Values{"query": {q}}.Encode()))
		if err == nil {
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.Header.Set("Accept", "application/sparql-results+json")
		}
		return r, err
	}
	return nil, errUnsupported
}

var errUnsupported = fmt.Errorf("workload not supported by this system")

// Result is what one run measured.
type Result struct {
	System      System
	Workload    Workload
	Concurrency int
	Requests    int
	Errors      int
	Seconds     float64
	P50, P90    time.Duration
	P99         time.Duration
}

// Throughput is requests answered per second.
func (r Result) Throughput() float64 { return float64(r.Requests-r.Errors) / r.Seconds }

// Run drives workload w against sys at base with conc clients for dur after
// a warm-up, and measures latency and throughput. A response that is not a
// 200, or a GraphQL answer with errors, counts as an error.
func Run(ctx context.Context, sys System, w Workload, base string, in *Inputs, conc int, warmup, dur time.Duration) (Result, error) {
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conc * 2}}
	if _, err := request(sys, w, base, in, rand.New(rand.NewPCG(0, 0))); err != nil {
		return Result{}, err
	}
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	phase := func(d time.Duration, record bool) {
		deadline := time.Now().Add(d)
		var wg sync.WaitGroup
		for c := 0; c < conc; c++ {
			wg.Add(1)
			go func(seed uint64) {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(seed, 7))
				var mine []time.Duration
				bad := 0
				for time.Now().Before(deadline) && ctx.Err() == nil {
					req, _ := request(sys, w, base, in, rng)
					start := time.Now()
					resp, err := client.Do(req.WithContext(ctx))
					ok := err == nil
					if ok {
						b, _ := io.ReadAll(resp.Body)
						resp.Body.Close()
						ok = resp.StatusCode == 200 && !((sys == Ours || sys == OursUncached) && bytes.Contains(b, []byte(`"errors"`)))
					}
					mine = append(mine, time.Since(start))
					if !ok {
						bad++
					}
				}
				if record {
					mu.Lock()
					lat = append(lat, mine...)
					errs += bad
					mu.Unlock()
				}
			}(uint64(c))
		}
		wg.Wait()
	}
	phase(warmup, false)
	start := time.Now()
	phase(dur, true)
	elapsed := time.Since(start).Seconds()
	if len(lat) == 0 {
		return Result{}, fmt.Errorf("%s %s: no request finished", sys, w)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	return Result{System: sys, Workload: w, Concurrency: conc, Requests: len(lat), Errors: errs, Seconds: elapsed,
		P50: pct(0.50), P90: pct(0.90), P99: pct(0.99)}, nil
}
