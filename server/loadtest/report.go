package loadtest

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// Notes is NOTES.md: the Go benchmarks of the hot paths and what profiling
// changed, appended to every report.
//
//go:embed NOTES.md
var Notes string

// Report is a whole benchmark's measurements and where they were made.
type Report struct {
	Date            time.Time
	Command         string // the command line that reran it
	Machine         string
	CayleyVersion   string // of the pinned module Cayley's server was built from
	VirtuosoVersion string // "" when Virtuoso was not run
	Sizes           []Size
	Appendix        string // Markdown written after the tables (Notes)
}

// Size is what one graph size measured.
type Size struct {
	Quads   int
	Loads   []Load
	Results []Result
	// Single are the runs with one client asking one question at a time
	// (W2 with the response cache off): what a request costs when nothing
	// queues, the headline figure of the size.
	Single []Result
	RSS    int64 // bytes, telcograph's server after the runs
	Notes  []string
}

// Targets from design §6, checked at 10^6 quads (or the largest size run).
const (
	targetW2P50   = time.Millisecond
	targetW2P99   = 5 * time.Millisecond
	targetW2RPS   = 5000
	targetW4P50   = 5 * time.Millisecond
	targetW5P50   = 2 * time.Millisecond
	targetLoadMem = 100000 // quads/s into memory
	targetRSSMiB  = 400
)

// Failures lists every failed request and wrong answer, one line per
// workload and system and kind: a request that failed is a bug, whoever
// served it, and so is a wrong answer.
func (r Report) Failures() []string {
	var out []string
	for _, s := range r.Sizes {
		for _, x := range slices.Concat(s.Single, s.Results) {
			for _, f := range x.Failures() {
				out = append(out, fmt.Sprintf("%d quads: %s", s.Quads, f))
			}
		}
	}
	return out
}

// Failures says how many requests failed and how many answers were wrong,
// if any did.
func (r Result) Failures() []string {
	var out []string
	if r.Errors > 0 {
		out = append(out, fmt.Sprintf("%s %s: %d of %d requests failed", r.System, r.Workload, r.Errors, r.Requests))
	}
	if r.Wrong > 0 {
		out = append(out, fmt.Sprintf("%s %s: %d of %d answers wrong, the first: %s", r.System, r.Workload, r.Wrong, r.Checked, r.FirstWrong))
	}
	return out
}

// WriteFile writes the report to path.
func (r Report) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	if err := errors.Join(WriteReport(f, r), f.Close()); err != nil {
		return fmt.Errorf("loadtest: write %s: %w", path, err)
	}
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

// ratio is a/b, 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// WriteReport writes r as BENCHMARKS.md's Markdown.
func WriteReport(w io.Writer, r Report) error {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# Benchmarks\n\n")
	p("Written by `tgbench all` (cmd/tgbench) on %s. Do not edit by hand: rerun it.\n\n", r.Date.UTC().Format("2006-01-02"))
	p("- Command: `%s`\n", strings.TrimSpace(r.Command))
	p("- Machine: %s\n", r.Machine)
	p("- Cayley: its own `cayley http` (Gizmo at `/api/v2/query?lang=gizmo`) built from the pinned module github.com/cayleygraph/cayley %s, bolt backend, data loaded with `cayley load`.\n", r.CayleyVersion)
	if r.VirtuosoVersion != "" {
		p("- Virtuoso: Debian `virtuoso-opensource-7-bin` (%s), SPARQL at `/sparql`, data bulk-loaded with `ld_dir` + `rdf_loader_run()`.\n", r.VirtuosoVersion)
	}
	p("- telcograph: `telcograph serve --store bolt://…` over the same quads, loaded article by article.\n")
	p("- Data: `loaders/synth` (seed 1): companies, alliances with power-law sizes, people, partnerships, joint ventures, investments, dated memberships, one article per ~20 facts; every fact a direct edge plus a statement node with its evidence and source.\n")
	p("- Load: every system answers the same question on the same data over HTTP on loopback, from the same Go client, with the concurrency given, after a warm-up. Latencies are per request, client side.\n\n")
	p("Workloads: **W1** bulk load (quads/s); **W2** an alliance's first 50 members with their evidence and source; **W3** co-members of a company (2 hops); **W4** shortest path between two companies within 6 hops; **W5** name search (exact, prefix, typo). W4 and W5 are telcograph only: Gizmo and SPARQL have no shortest path or typo-tolerant search to compare with (the Go benchmarks below compare W5 with a linear scan).\n\n")

	for _, s := range r.Sizes {
		writeSize(p, s)
	}
	if len(r.Sizes) > 0 {
		writeTargets(p, r.Sizes[len(r.Sizes)-1])
	}
	p("\n")
	b.WriteString(r.Appendix)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeSize writes one size's section: loads, runs, ratios, memory, checks.
func writeSize(p func(string, ...any), s Size) {
	p("## %d quads\n\n", s.Quads)
	for _, x := range s.Single {
		p("**%s at concurrency %d, %s: p50 %s ms, p90 %s ms, p99 %s ms** (%d requests, %d errors, one at a time: what a request costs when nothing queues).\n\n",
			x.Workload, x.Concurrency, strings.TrimPrefix(string(x.System), "telcograph, "), ms(x.P50), ms(x.P90), ms(x.P99), x.Requests, x.Errors)
	}
	p("| W1 load | quads | seconds | quads/s |\n|---|---:|---:|---:|\n")
	for _, l := range s.Loads {
		p("| %s | %d | %.2f | %.0f |\n", l.What, l.Quads, l.Seconds, l.Rate())
	}
	p("\n| workload | system | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n")
	for _, x := range s.Results {
		p("| %s | %s | %d | %d | %.0f | %s | %s | %s |\n", x.Workload, x.System, x.Requests, x.Errors, x.Throughput(), ms(x.P50), ms(x.P90), ms(x.P99))
	}
	p("\nRatios, telcograph / peer (throughput higher is better, p50 lower is better), with and without telcograph's response cache:\n\n| workload | peer | throughput × | p50 × | throughput ×, no cache | p50 ×, no cache |\n|---|---|---:|---:|---:|---:|\n")
	for _, x := range s.Results {
		if x.System.graphQL() {
			continue
		}
		o, u := find(s.Results, Ours, x.Workload), find(s.Results, OursUncached, x.Workload)
		p("| %s | %s | %.1f | %.2f | %.1f | %.2f |\n", x.Workload, x.System, ratio(o.Throughput(), x.Throughput()), ratio(float64(o.P50), float64(x.P50)),
			ratio(u.Throughput(), x.Throughput()), ratio(float64(u.P50), float64(x.P50)))
	}
	if s.RSS > 0 {
		p("\nMemory: the telcograph server held %d MiB resident after the runs (bolt store: the serving index and the process, Go runtime included).\n", s.RSS>>20)
	}
	checked, wrong := 0, []string{}
	for _, x := range slices.Concat(s.Single, s.Results) {
		checked += x.Checked
		if x.Wrong > 0 {
			wrong = append(wrong, fmt.Sprintf("%s %s: %d of %d wrong (the first: %s)", x.Workload, x.System, x.Wrong, x.Checked, x.FirstWrong))
		}
	}
	if checked > 0 {
		p("\nAnswers: every warm-up answer was checked against the answer computed from the generated facts: %d answers", checked)
		if len(wrong) == 0 {
			p(", all right.\n")
		} else {
			p("; **wrong answers**: %s.\n", strings.Join(wrong, "; "))
		}
	}
	for _, n := range s.Notes {
		p("\n%s\n", n)
	}
	p("\n")
}

// find is the result of sys on w, the zero Result when there is none.
func find(rs []Result, sys System, w Workload) Result {
	for _, r := range rs {
		if r.System == sys && r.Workload == w {
			return r
		}
	}
	return Result{}
}

// writeTargets checks design §6's targets at the largest size.
func writeTargets(p func(string, ...any), last Size) {
	p("## Targets (design §6), at %d quads\n\n| target | measured | met |\n|---|---|---|\n", last.Quads)
	check := func(name, measured string, ok bool) {
		mark := "yes"
		if !ok {
			mark = "**no**"
		}
		p("| %s | %s | %s |\n", name, measured, mark)
	}
	for _, x := range last.Single {
		check(fmt.Sprintf("%s p50 ≤ 1 ms at concurrency %d, no response cache", x.Workload, x.Concurrency), ms(x.P50)+" ms", x.P50 <= targetW2P50)
	}
	for _, x := range last.Results {
		if !x.System.graphQL() {
			continue
		}
		how := ""
		if x.System == OursUncached {
			how = ", no response cache"
		}
		switch x.Workload {
		case W2:
			check("W2 p50 ≤ 1 ms"+how, ms(x.P50)+" ms", x.P50 <= targetW2P50)
			check("W2 p99 ≤ 5 ms"+how, ms(x.P99)+" ms", x.P99 <= targetW2P99)
			check(fmt.Sprintf("W2 ≥ %d req/s at concurrency 16%s", targetW2RPS, how), fmt.Sprintf("%.0f req/s at %d", x.Throughput(), x.Concurrency), x.Throughput() >= targetW2RPS)
		case W4:
			check("W4 p50 ≤ 5 ms"+how, ms(x.P50)+" ms", x.P50 <= targetW4P50)
		case W5:
			check("W5 p50 ≤ 2 ms"+how, ms(x.P50)+" ms", x.P50 <= targetW5P50)
		}
	}
	for _, l := range last.Loads {
		if strings.Contains(l.What, "memory") {
			check("W1 ≥ 100,000 quads/s into memory", fmt.Sprintf("%.0f quads/s", l.Rate()), l.Rate() >= targetLoadMem)
		}
	}
	var ourBolt, cayleyBolt float64
	for _, l := range last.Loads {
		switch {
		case strings.HasPrefix(l.What, "telcograph") && strings.Contains(l.What, "bolt"):
			ourBolt = l.Rate()
		case strings.HasPrefix(l.What, "cayley"):
			cayleyBolt = l.Rate()
		}
	}
	if cayleyBolt > 0 {
		check("W1 into bolt at least `cayley load`'s rate", fmt.Sprintf("%.0f vs %.0f quads/s", ourBolt, cayleyBolt), ourBolt >= cayleyBolt)
	}
	if last.RSS > 0 && last.Quads >= 1000000 {
		mib := float64(last.RSS>>20) / float64(last.Quads) * 1e6
		check("≤ 400 MiB resident for 10^6 quads", fmt.Sprintf("%.0f MiB per 10^6 quads", mib), mib <= targetRSSMiB)
	}
	for _, w := range []Workload{W2, W3} {
		for _, mine := range []System{Ours, OursUncached} {
			ours := find(last.Results, mine, w)
			for _, x := range last.Results {
				if !x.System.graphQL() && x.Workload == w {
					check(fmt.Sprintf("%s throughput of %s ahead of %s", w, mine, x.System), fmt.Sprintf("%.0f vs %.0f req/s", ours.Throughput(), x.Throughput()), ours.Throughput() > x.Throughput())
				}
			}
		}
	}
}
