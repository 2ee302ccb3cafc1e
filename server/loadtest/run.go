package loadtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Result is what one run of a workload against a system measured.
type Result struct {
	System      System
	Workload    Workload
	Concurrency int
	Requests    int // measured requests, failed ones included
	Errors      int // measured requests that failed
	Seconds     float64
	P50, P90    time.Duration
	P99         time.Duration
	Checked     int    // warm-up answers checked against the truth
	Wrong       int    // of those, answers that were not right
	FirstWrong  string // what was wrong with the first wrong answer
}

// Throughput is requests answered per second (failed ones not counted); 0
// when nothing was measured.
func (r Result) Throughput() float64 {
	if r.Seconds <= 0 {
		return 0
	}
	return float64(r.Requests-r.Errors) / r.Seconds
}

// Percentile is the nearest-rank p-th quantile (0 < p ≤ 1) of sorted
// latencies: the smallest value with at least p of them at or below it. It
// is 0 for no latencies.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// Options shape a run.
type Options struct {
	Concurrency int           // concurrent clients
	Warmup      time.Duration // not measured; every answer checked (at least one request per client)
	Duration    time.Duration // measured
}

// Target is a running system and its base URL (no trailing slash).
type Target struct {
	System System
	URL    string
}

// Run drives workload w against target with opt.Concurrency clients: a
// warm-up whose answers are checked against truth (none when truth is nil),
// then opt.Duration measured. In the measured phase a response that is not a
// 200, or a GraphQL answer with errors, counts as an error. Each client draws
// its questions from its own seeded generator, the same in both phases and
// for every system.
func Run(ctx context.Context, target Target, w Workload, in *Inputs, truth *Truth, opt Options) (Result, error) {
	if !Supports(target.System, w) {
		return Result{}, fmt.Errorf("loadtest: %s %s: %w", target.System, w, ErrUnsupported)
	}
	if _, err := Draw(w, in, rand.New(rand.NewPCG(0, 0))); err != nil {
		return Result{}, err
	}
	conc := max(opt.Concurrency, 1)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conc * 2}}
	defer client.CloseIdleConnections()
	res := Result{System: target.System, Workload: w, Concurrency: conc}

	var mu sync.Mutex
	var lat []time.Duration
	phase := func(d time.Duration, warm bool) {
		deadline := time.Now().Add(d)
		var wg sync.WaitGroup
		for c := range conc {
			wg.Add(1)
			go func(seed uint64) {
				defer wg.Done()
				rng := rand.New(rand.NewPCG(seed, 7))
				var mine []time.Duration
				bad, checked, wrong, first := 0, 0, 0, ""
				for n := 0; (warm && n == 0) || time.Now().Before(deadline); n++ {
					if ctx.Err() != nil {
						break
					}
					a, _ := Draw(w, in, rng)
					req, err := Request(target.System, target.URL, a)
					if err != nil {
						bad++
						continue
					}
					start := time.Now()
					status, body, err := do(client, req.WithContext(ctx))
					elapsed := time.Since(start)
					if warm {
						if truth == nil {
							continue
						}
						checked++
						if err == nil && status != http.StatusOK {
							err = fmt.Errorf("%s %s: status %d: %.200s", target.System, w, status, body)
						}
						if err == nil {
							err = truth.Check(target.System, a, body)
						}
						if err != nil {
							if wrong++; first == "" {
								first = err.Error()
							}
						}
						continue
					}
					mine = append(mine, elapsed)
					if err != nil || status != http.StatusOK || (target.System.graphQL() && bytes.Contains(body, []byte(`"errors"`))) {
						bad++
					}
				}
				mu.Lock()
				defer mu.Unlock()
				lat = append(lat, mine...)
				res.Errors += bad
				res.Checked += checked
				res.Wrong += wrong
				if res.FirstWrong == "" {
					res.FirstWrong = first
				}
			}(uint64(c))
		}
		wg.Wait()
	}
	phase(opt.Warmup, true)
	start := time.Now()
	phase(opt.Duration, false)
	res.Seconds = time.Since(start).Seconds()
	if len(lat) == 0 {
		return Result{}, fmt.Errorf("loadtest: %s %s: no request finished", target.System, w)
	}
	slices.Sort(lat)
	res.Requests = len(lat)
	res.P50, res.P90, res.P99 = Percentile(lat, 0.50), Percentile(lat, 0.90), Percentile(lat, 0.99)
	return res, nil
}

// do sends req and reads the whole answer.
func do(client *http.Client, req *http.Request) (int, []byte, error) {
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, body, err
}
