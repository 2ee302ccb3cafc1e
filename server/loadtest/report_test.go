package loadtest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	lt "github.com/telcograph/telcograph/server/loadtest"
)

// measured is a report of fixed measurements: two sizes, the larger with a
// wrong answer and a failed request, so every part of the report shows.
func measured() lt.Report {
	ms := func(f float64) time.Duration { return time.Duration(f * float64(time.Millisecond)) }
	loads := func(n int, mem, bolt, cayley, virtuoso float64) []lt.Load {
		return []lt.Load{
			{What: "telcograph → memory (as `telcograph load`: whole articles, ~10k quads a transaction)", Quads: n, Seconds: mem},
			{What: "telcograph → bolt (as `telcograph load`: whole articles, ~10k quads a transaction)", Quads: n, Seconds: bolt},
			{What: "cayley load → bolt", Quads: n, Seconds: cayley},
			{What: "virtuoso ld_dir + rdf_loader_run", Quads: n, Seconds: virtuoso},
		}
	}
	run := func(sys lt.System, w lt.Workload, req, errs int, p50, p90, p99 float64, checked, wrong int) lt.Result {
		r := lt.Result{System: sys, Workload: w, Concurrency: 16, Requests: req, Errors: errs, Seconds: 10,
			P50: ms(p50), P90: ms(p90), P99: ms(p99), Checked: checked, Wrong: wrong}
		if wrong > 0 {
			r.FirstWrong = "cayley W2 open-ran-alliance: 49 rows, want 50"
		}
		return r
	}
	return lt.Report{
		Date:            time.Date(2026, 11, 27, 23, 59, 0, 0, time.FixedZone("KST", 9*3600)),
		Command:         "go run ./cmd/tgbench all --quads 10000,1000000 ",
		Machine:         "2 cores (Test CPU), 1 kB memory, go1.0 linux/amd64",
		CayleyVersion:   "v0.7.7-0.20240706181042-81dcd7d73e45",
		VirtuosoVersion: "Version 7.2.5.3229-pthreads as of Feb  8 2023 (000000)",
		Sizes: []lt.Size{
			{Quads: 10218, Loads: loads(10218, 0.04, 0.11, 0.26, 0.11), RSS: 39 << 20, Results: []lt.Result{
				run(lt.Ours, lt.W2, 196851, 0, 0.55, 1.87, 3.86, 120, 0),
				run(lt.OursUncached, lt.W2, 15643, 0, 9.60, 16.58, 24.49, 40, 0),
				run(lt.Cayley, lt.W2, 718, 0, 225.12, 305.38, 371.11, 16, 0),
				run(lt.SPARQL, lt.W2, 4918, 0, 31.36, 51.87, 71.24, 30, 0),
				run(lt.Ours, lt.W4, 368555, 0, 0.28, 0.84, 2.75, 500, 0),
			}},
			{Quads: 1000148, Loads: loads(1000148, 6.99, 22.78, 27.42, 4.86), RSS: 681 << 20,
				Notes: []string{"Virtuoso was not installed (apt-get install virtuoso-opensource-7-bin), so it was not run."},
				Single: []lt.Result{{System: lt.OursUncached, Workload: lt.W2, Concurrency: 1, Requests: 9120, Seconds: 10,
					P50: ms(1.02), P90: ms(1.31), P99: ms(2.47), Checked: 1}},
				Results: []lt.Result{
					run(lt.Ours, lt.W2, 165217, 0, 0.65, 2.14, 5.04, 100, 0),
					run(lt.OursUncached, lt.W2, 11958, 0, 10.96, 25.68, 47.28, 30, 0),
					run(lt.Cayley, lt.W2, 16, 2, 28062.21, 28270.58, 28317.78, 16, 3),
					run(lt.Ours, lt.W3, 12729, 0, 7.78, 31.34, 70.98, 40, 0),
					run(lt.Cayley, lt.W3, 8637, 0, 14.94, 39.87, 67.68, 40, 0),
					run(lt.Ours, lt.W4, 345861, 0, 0.27, 0.83, 3.84, 300, 0),
					run(lt.OursUncached, lt.W5, 14078, 0, 8.26, 25.05, 53.98, 60, 0),
				}},
		},
		Appendix: "## Go benchmarks\n\nFixed text.\n",
	}
}

func TestWriteReport(t *testing.T) {
	var b bytes.Buffer
	if err := lt.WriteReport(&b, measured()); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.golden.md", b.Bytes())
}

// TestReportSections: the report has BENCHMARKS.md's sections, in order.
func TestReportSections(t *testing.T) {
	var b bytes.Buffer
	if err := lt.WriteReport(&b, measured()); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	want := []string{"# Benchmarks", "## 10218 quads", "## 1000148 quads", "## Targets (design §6), at 1000148 quads", "## Go benchmarks"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

func TestFailures(t *testing.T) {
	want := []string{
		"1000148 quads: cayley W2: 2 of 16 requests failed",
		"1000148 quads: cayley W2: 3 of 16 answers wrong, the first: cayley W2 open-ran-alliance: 49 rows, want 50",
	}
	if diff := cmp.Diff(want, measured().Failures()); diff != "" {
		t.Errorf("failures (-want +got):\n%s", diff)
	}
	if f := (lt.Report{Sizes: measured().Sizes[:1]}).Failures(); len(f) > 0 {
		t.Errorf("a clean run has failures: %q", f)
	}
}

// TestNotesAppended: the report Bench writes ends with NOTES.md.
func TestNotesAppended(t *testing.T) {
	notes, err := os.ReadFile("NOTES.md")
	if err != nil {
		t.Fatal(err)
	}
	if lt.Notes != string(notes) || !strings.HasPrefix(lt.Notes, "## ") {
		t.Error("Notes is not NOTES.md")
	}
	path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	rep := measured()
	rep.Appendix = lt.Notes
	if err := rep.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(b), "\n\n"+lt.Notes) {
		t.Error("the report does not end with NOTES.md after a blank line")
	}
}
