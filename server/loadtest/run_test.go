package loadtest_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/server"
	lt "github.com/telcograph/telcograph/server/loadtest"
)

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
		return out
	}
	upTo := func(n int) []time.Duration {
		var out []time.Duration
		for i := 1; i <= n; i++ {
			out = append(out, time.Duration(i)*time.Millisecond)
		}
		return out
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"none", nil, 0.5, 0},
		{"one", ms(7), 0.99, 7 * time.Millisecond},
		{"median of 10: the 5th", upTo(10), 0.5, 5 * time.Millisecond},
		{"p90 of 10: the 9th", upTo(10), 0.9, 9 * time.Millisecond},
		{"p99 of 10: the largest", upTo(10), 0.99, 10 * time.Millisecond},
		{"p99 of 100: the 99th, not the largest", upTo(100), 0.99, 99 * time.Millisecond},
		{"p50 of 101: the 51st", upTo(101), 0.5, 51 * time.Millisecond},
		{"p1: the smallest", upTo(100), 0.001, time.Millisecond},
		{"p100: the largest", upTo(100), 1, 100 * time.Millisecond},
		{"ties", ms(1, 2, 2, 2, 9), 0.5, 2 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lt.Percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("Percentile(%v) = %v, want %v", tt.p, got, tt.want)
			}
		})
	}
}

func TestThroughput(t *testing.T) {
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"answered requests a second", lt.Result{Requests: 1000, Errors: 10, Seconds: 2}.Throughput(), 495},
		{"failed ones not counted", lt.Result{Requests: 10, Errors: 10, Seconds: 1}.Throughput(), 0},
		{"nothing measured", lt.Result{Requests: 5}.Throughput(), 0},
		{"load rate", lt.Load{Quads: 10000, Seconds: 0.5}.Rate(), 20000},
		{"load not measured", lt.Load{Quads: 10000}.Rate(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

// quick is a run short enough for a test.
var quick = lt.Options{Concurrency: 2, Warmup: 200 * time.Millisecond, Duration: 100 * time.Millisecond}

// TestRunTelcograph drives every workload against telcograph's own handler,
// loaded by LoadTelcograph as `telcograph load` loads it: every answer must be
// right, so the truth and telcograph agree on a generated graph.
func TestRunTelcograph(t *testing.T) {
	ctx := context.Background()
	g := lt.Generate(4000, 3)
	url := "bolt://" + filepath.Join(t.TempDir(), "tg.db")
	if _, err := lt.LoadTelcograph(ctx, url, g); err != nil {
		t.Fatal(err)
	}
	store, err := graph.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	in, truth := lt.NewInputs(g), lt.NewTruth(g)
	plain := httptest.NewServer(server.New(store, server.Config{}))
	t.Cleanup(plain.Close)
	if err := lt.CheckLargest(ctx, plain.URL, truth.Largest()); err != nil {
		t.Errorf("W2's alliance: %v", err)
	}
	if err := lt.CheckLargest(ctx, plain.URL, in.Companies[0]); err == nil {
		t.Errorf("a company is the largest alliance")
	}
	for _, cfg := range []struct {
		sys   lt.System
		cache int
	}{{lt.Ours, 1000}, {lt.OursUncached, 0}} {
		srv := httptest.NewServer(server.New(store, server.Config{ResponseCache: cfg.cache}))
		t.Cleanup(srv.Close)
		for _, w := range lt.Workloads {
			t.Run(fmt.Sprintf("%s %s", cfg.sys, w), func(t *testing.T) {
				r, err := lt.Run(ctx, lt.Target{System: cfg.sys, URL: srv.URL}, w, in, truth, quick)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%d answers checked, %d requests measured", r.Checked, r.Requests)
				if r.Wrong > 0 || r.Errors > 0 || r.Checked != in.Len(w) || r.Requests == 0 {
					t.Errorf("%d requests, %d errors; %d answers checked, %d wrong: %s", r.Requests, r.Errors, r.Checked, r.Wrong, r.FirstWrong)
				}
			})
		}
	}
}

// peer is a fake Cayley or SPARQL endpoint: answer gets the asked
// alliance's slug and returns the body.
func peer(t *testing.T, status int, answer func(slug string) string) *httptest.Server {
	t.Helper()
	slug := regexp.MustCompile(`telcograph\.org/id/([a-z0-9-]+)`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var q string
		if r.URL.Path == "/sparql" && r.ParseForm() == nil {
			q = r.PostForm.Get("query")
		} else {
			b, _ := io.ReadAll(r.Body)
			q = string(b)
		}
		m := slug.FindStringSubmatch(q)
		if m == nil {
			http.Error(w, "no alliance in "+q, http.StatusBadRequest)
			return
		}
		w.WriteHeader(status)
		io.WriteString(w, answer(m[1]))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestRunPeers: Run checks every answer of a peer before timing it, and
// times only a peer whose answers are all right.
func TestRunPeers(t *testing.T) {
	g := fixture(t)
	in, truth := lt.NewInputs(g), lt.NewTruth(g)
	// The largest alliance: Edge Forum and Open RAN Alliance have two
	// members each, and ties go by name.
	rightCayley := map[string]string{
		"edge-forum": cayleyEmitted(`{"m":"<https://telcograph.org/id/astra-mobile>","name":"Astra Mobile","src":"<https://news.example/1>"}`,
			`{"m":"<https://telcograph.org/id/nova-telecom>","name":"Nova Telecom","src":"<https://news.example/1>"}`),
	}
	rightSPARQL := map[string]string{
		"astra-mobile": sparqlIDs("nova-telecom"),
		"nova-telecom": sparqlIDs("astra-mobile", "sky-labs"),
		"sky-labs":     sparqlIDs("nova-telecom"),
	}
	tests := []struct {
		name    string
		sys     lt.System
		w       lt.Workload
		status  int
		answer  func(string) string
		checked int    // answers checked before the first wrong one, that included
		first   string // part of the wrong answer's error; "" when all are right
	}{
		{"cayley W2 right", lt.Cayley, lt.W2, 200, func(s string) string { return rightCayley[s] }, 1, ""},
		{"cayley W2 a row short", lt.Cayley, lt.W2, 200, func(s string) string { return cayleyEmitted(cayleyNova1) }, 1, "1 rows, want 2"},
		{"virtuoso W3 right", lt.SPARQL, lt.W3, 200, func(s string) string { return rightSPARQL[s] }, 3, ""},
		{"virtuoso W3 empty", lt.SPARQL, lt.W3, 200, func(s string) string { return sparqlIDs() }, 1, "0 co-members, want"},
		{"virtuoso W3 failing", lt.SPARQL, lt.W3, 500, func(s string) string { return "Virtuoso 37000 Error" }, 1, "status 500: Virtuoso 37000 Error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := peer(t, tt.status, tt.answer)
			r, err := lt.Run(context.Background(), lt.Target{System: tt.sys, URL: srv.URL}, tt.w, in, truth, quick)
			if err != nil {
				t.Fatal(err)
			}
			if r.Checked != tt.checked {
				t.Errorf("%d answers checked, want %d", r.Checked, tt.checked)
			}
			if tt.first == "" && (r.Wrong != 0 || r.Requests == 0 || r.Errors > 0) {
				t.Errorf("right answers: %d wrong (%s), %d requests timed, %d failed", r.Wrong, r.FirstWrong, r.Requests, r.Errors)
			}
			if tt.first != "" && (r.Wrong != 1 || r.Requests != 0 || !strings.Contains(r.FirstWrong, tt.first)) {
				t.Errorf("a wrong answer: %d wrong (%q, want it to say %q), %d requests timed", r.Wrong, r.FirstWrong, tt.first, r.Requests)
			}
		})
	}
}

// TestRunUnsupported: Gizmo and SPARQL have no path or search query.
func TestRunUnsupported(t *testing.T) {
	g := fixture(t)
	var got []string
	for _, sys := range []lt.System{lt.Ours, lt.OursUncached, lt.Cayley, lt.SPARQL} {
		for _, w := range lt.Workloads {
			if !lt.Supports(sys, w) {
				if _, err := lt.Run(context.Background(), lt.Target{System: sys, URL: "http://127.0.0.1:1"}, w, lt.NewInputs(g), nil, quick); err == nil {
					t.Errorf("%s %s ran", sys, w)
				}
				got = append(got, fmt.Sprintf("%s %s", sys, w))
			}
		}
	}
	if diff := cmp.Diff([]string{"cayley W4", "cayley W5", "virtuoso W4", "virtuoso W5"}, got); diff != "" {
		t.Errorf("unsupported (-want +got):\n%s", diff)
	}
}
