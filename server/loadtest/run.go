package loadtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
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
	Checked     int    // answers checked against the truth before timing
	Wrong       int    // of those, answers that were not right (the check stops at the first)
	FirstWrong  string // what was wrong with it: a diff for a list
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
	Warmup      time.Duration // not measured (at least one request per client)
	Duration    time.Duration // measured
}

// Target is a running system and its base URL (no trailing slash).
type Target struct {
	System System
	URL    string
}

// Run asks target every question of workload w once, one at a time, and
// checks each answer against truth (none when truth is nil); when one is
// wrong or fails it stops there, with the diff in FirstWrong. Then
// opt.Concurrency clients ask the questions in turn, each from its own
// starting point: a warm-up, then opt.Duration measured. In the measured
// phase a response that is not a 200, or a GraphQL answer with errors,
// counts as an error.
func Run(ctx context.Context, target Target, w Workload, in *Inputs, truth *Truth, opt Options) (Result, error) {
	if !Supports(target.System, w) {
		return Result{}, fmt.Errorf("loadtest: %s %s: %w", target.System, w, ErrUnsupported)
	}
	n := in.Len(w)
	if n == 0 {
		return Result{}, fmt.Errorf("loadtest: no inputs for %s", w)
	}
	conc := max(opt.Concurrency, 1)
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conc * 2}}
	defer client.CloseIdleConnections()
	res := Result{System: target.System, Workload: w, Concurrency: conc}

	if truth != nil {
		for i := range n {
			a, _ := Question(w, in, i)
			err := ask(ctx, client, target, a, truth)
			res.Checked++
			if err != nil {
				res.Wrong, res.FirstWrong = 1, err.Error()
				return res, ctx.Err()
			}
		}
	}

	var mu sync.Mutex
	var lat []time.Duration
	next := make([]int, conc) // each client's next question
	for c := range next {
		next[c] = c * 97 % n
	}
	phase := func(d time.Duration, warm bool) {
		deadline := time.Now().Add(d)
		var wg sync.WaitGroup
		for c := range conc {
			wg.Add(1)
			go func(c int) {
				defer wg.Done()
				var mine []time.Duration
				bad := 0
				for k := 0; (warm && k == 0) || time.Now().Before(deadline); k++ {
					if ctx.Err() != nil {
						break
					}
					a, _ := Question(w, in, next[c])
					next[c]++
					req, err := Request(target.System, target.URL, a)
					if err != nil {
						bad++
						continue
					}
					start := time.Now()
					status, body, err := do(client, req.WithContext(ctx))
					elapsed := time.Since(start)
					if warm {
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
			}(c)
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

// ask asks target question a and checks the answer.
func ask(ctx context.Context, client *http.Client, target Target, a Ask, truth *Truth) error {
	req, err := Request(target.System, target.URL, a)
	if err != nil {
		return err
	}
	status, body, err := do(client, req.WithContext(ctx))
	switch {
	case err != nil:
		return fmt.Errorf("%s %s %s: %w", target.System, a.Workload, a.input(), err)
	case status != http.StatusOK:
		return fmt.Errorf("%s %s %s: status %d: %.300s", target.System, a.Workload, a.input(), status, body)
	}
	return truth.Check(target.System, a, body)
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
