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
// wrong answer, a failed request and a peer skipped, so every part of the
// report shows.
func measured() lt.Report {
	ms := func(f float64) time.Duration { return time.Duration(f * float64(time.Millisecond)) }
	loads := func(n int, mem, bolt, cayley, virtuoso float64) []lt.Load {
		out := []lt.Load{{What: lt.LoadBolt, Quads: n, Seconds: bolt}}
		if mem > 0 {
			out = append(out, lt.Load{What: lt.LoadMemory, Quads: n, Seconds: mem})
		}
		out = append(out, lt.Load{What: lt.LoadCayleyBolt, Quads: n, Seconds: cayley})
		if virtuoso > 0 {
			out = append(out, lt.Load{What: lt.LoadVirtuoso, Quads: n, Seconds: virtuoso})
		}
		return out
	}
	run := func(sys lt.System, w lt.Workload, c, req, errs int, p50, p90, p99 float64, checked int) lt.Result {
		return lt.Result{System: sys, Workload: w, Concurrency: c, Requests: req, Errors: errs, Seconds: 10,
			P50: ms(p50), P90: ms(p90), P99: ms(p99), Checked: checked}
	}
	index := func(n int, secs float64) lt.Load {
		return lt.Load{What: "telcograph serve: serving index built from bolt", Quads: n, Seconds: secs}
	}
	return lt.Report{
		Date:            time.Date(2026, 11, 27, 23, 59, 0, 0, time.FixedZone("KST", 9*3600)),
		Command:         "go run ./cmd/tgbench all --quads 10000,1000000 ",
		Machine:         "2 cores (Test CPU), 1 kB memory, go1.0 linux/amd64",
		CayleyVersion:   "v0.7.7-0.20240706181042-81dcd7d73e45",
		VirtuosoVersion: "Version 7.2.5.3229-pthreads as of Feb  8 2023 (000000)",
		Seed:            7,
		Sizes: []lt.Size{
			{Nominal: 10000, Quads: 10054, Largest: "trust-edge-initiative", LargestMembers: 98,
				Loads: loads(10054, 0.94, 1.42, 1.79, 0.60), IndexBuild: index(10054, 0.32),
				Results: []lt.Result{
					run(lt.OursUncached, lt.W2, 1, 700, 0, 1.78, 5.36, 13.03, 1),
					run(lt.OursUncached, lt.W2, 16, 736, 0, 32.06, 94.01, 184.69, 0),
					run(lt.OursUncached, lt.W3, 1, 1172, 0, 1.28, 3.01, 6.93, 200),
					run(lt.OursUncached, lt.W3, 16, 872, 0, 29.94, 78.05, 148.10, 0),
					run(lt.OursUncached, lt.W4, 1, 5717, 0, 0.31, 0.40, 1.97, 100),
					run(lt.Ours, lt.W2, 1, 5210, 0, 0.22, 0.39, 2.52, 1),
					run(lt.Ours, lt.W2, 16, 12541, 0, 1.79, 4.65, 12.26, 0),
					run(lt.Cayley, lt.W2, 1, 83, 0, 10.79, 46.15, 254.41, 1),
					run(lt.Cayley, lt.W2, 16, 57, 0, 631.21, 1191.46, 2101.65, 0),
					run(lt.SPARQL, lt.W3, 1, 609, 0, 3.20, 4.12, 5.93, 200),
					run(lt.SPARQL, lt.W3, 16, 312, 0, 91.37, 212.33, 416.75, 0),
				},
				Memory: []lt.Memory{{System: lt.OursUncached, Ready: 0.41, RSS: 43 << 20}, {System: lt.Ours, Ready: 0.51, RSS: 40 << 20},
					{System: lt.Cayley, Ready: 0.31, RSS: 203 << 20}, {System: lt.SPARQL, Ready: 14.94, RSS: 534 << 20}}},
			{Nominal: 1000000, Quads: 1000148, Largest: "trust-edge-initiative", LargestMembers: 1850,
				Loads: loads(1000148, 0, 22.78, 27.42, 0), IndexBuild: index(1000148, 1.9),
				Notes: []string{"Virtuoso was skipped at this size: it needs about 3.0 GiB at this size and 2.0 GiB were available (it runs when it needs at most three quarters)."},
				Results: []lt.Result{
					run(lt.OursUncached, lt.W2, 1, 9120, 0, 1.02, 1.31, 2.47, 1),
					run(lt.OursUncached, lt.W2, 16, 11958, 0, 10.96, 25.68, 47.28, 0),
					run(lt.OursUncached, lt.W3, 16, 12729, 0, 7.78, 31.34, 70.98, 0),
					run(lt.OursUncached, lt.W5, 1, 14078, 0, 0.26, 0.55, 0.98, 200),
					run(lt.Ours, lt.W2, 16, 165217, 0, 0.65, 2.14, 5.04, 0),
					{System: lt.Cayley, Workload: lt.W2, Concurrency: 1, Checked: 1, Wrong: 1,
						FirstWrong: "cayley W2 open-ran-alliance: 49 rows, want 50 (-want +got):\n  []string{\n- \t\"a\",\n  }"},
					run(lt.Cayley, lt.W3, 1, 8637, 0, 1.94, 3.87, 6.68, 200),
					run(lt.Cayley, lt.W3, 16, 8637, 2, 14.94, 39.87, 67.68, 0),
				},
				Memory: []lt.Memory{{System: lt.OursUncached, Ready: 3.1, RSS: 681 << 20}}},
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
	want := []string{"# Benchmarks", "## 10^4 quads (10054 in the file)", "## 10^6 quads (1000148 in the file)", "## How cost grows with the graph",
		"## Targets (issue 16, design §6), at 10^6 quads, response cache off", "## Go benchmarks"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

func TestFailures(t *testing.T) {
	want := []string{
		"10^6 quads: cayley W2: an answer was wrong or failed, so it was not timed: cayley W2 open-ran-alliance: 49 rows, want 50 (-want +got):\n  []string{\n- \t\"a\",\n  }",
		"10^6 quads: cayley W3 at concurrency 16: 2 of 8637 requests failed",
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

// TestReuse round-trips a report through its JSON and takes a size from
// it: the size comes back as measured, marked with the run that measured
// it, which the Markdown says; a size it lacks, or another seed, is not
// taken.
func TestReuse(t *testing.T) {
	rep := measured()
	rep.Command = "go run ./cmd/tgbench all --quads 10000,100000"
	rep.Commit = "3a53adf"
	path := filepath.Join(t.TempDir(), "BENCHMARKS.json")
	if err := rep.WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	back, err := lt.ReadReport(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep, back); diff != "" {
		t.Fatalf("the report after its JSON (-before +after):\n%s", diff)
	}
	n := rep.Sizes[1].Nominal
	got, ok := back.Reuse(n, rep.Seed)
	if !ok {
		t.Fatalf("Reuse(%d, %d) found nothing", n, rep.Seed)
	}
	want := rep.Sizes[1]
	want.Reused = &lt.Provenance{Date: rep.Date, Command: rep.Command, Commit: rep.Commit, Machine: rep.Machine}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the reused size (-want +got):\n%s", diff)
	}
	if _, ok := back.Reuse(n, rep.Seed+1); ok {
		t.Errorf("a size of another seed's graph was reused")
	}
	if _, ok := back.Reuse(12345, rep.Seed); ok {
		t.Errorf("a size the report does not have was reused")
	}
	later := lt.Report{Date: rep.Date.Add(48 * time.Hour), Command: "go run ./cmd/tgbench all --quads 100000 --reuse BENCHMARKS.json", Seed: rep.Seed, Sizes: []lt.Size{got}}
	var md bytes.Buffer
	if err := lt.WriteReport(&md, later); err != nil {
		t.Fatal(err)
	}
	line := "*Measured on 2026-11-27 by `go run ./cmd/tgbench all --quads 10000,100000` at commit 3a53adf (on " + rep.Machine + ") and taken from that run's JSON report with `--reuse`"
	if !strings.Contains(md.String(), line) {
		t.Errorf("the report does not say where the reused size comes from; want a line starting %q in:\n%.1500s", line, md.String())
	}
	// Reusing a reused size keeps the run that measured it.
	again, _ := later.Reuse(n, rep.Seed)
	if diff := cmp.Diff(want.Reused, again.Reused); diff != "" {
		t.Errorf("a size reused twice names (-the measuring run +got):\n%s", diff)
	}
}
