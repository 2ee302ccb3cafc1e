package loadtest

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
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
	Commit          string // git describe of the code it measured, "" when unknown
	Machine         string
	CayleyVersion   string // of the pinned module Cayley's server was built from
	VirtuosoVersion string // "" when Virtuoso was not run
	Seed            uint64 // of the generated graphs
	Sizes           []Size
	Appendix        string // Markdown written after the tables (Notes)
}

// Size is what one graph size measured.
type Size struct {
	Nominal        int    // the size asked for (--quads)
	Quads          int    // quads in the generated file
	Largest        string // W2's alliance
	LargestMembers int    // its members
	Loads          []Load
	IndexBuild     Load     // telcograph's serving index built from bolt, from its log
	Results        []Result // every system and workload, at concurrency 1 and the higher one
	Memory         []Memory // each server after its runs
	Notes          []string
	// Reused is set on a size taken from an earlier run's JSON report
	// (tgbench all --reuse) instead of measured by this one: when and by
	// what command it was measured.
	Reused *Provenance `json:",omitempty"`
}

// Provenance says which run measured a size that a later report reuses.
type Provenance struct {
	Date    time.Time
	Command string
	Commit  string
	Machine string
}

// Memory is a server's resident memory after its runs.
type Memory struct {
	System System
	Ready  float64 // seconds from its start until it answered (telcograph: opening bolt and building its index)
	RSS    int64   // bytes
}

// What the W1 loads are, as the report names them.
const (
	LoadBolt       = "`telcograph load --store bolt://…` of the N-Quads file"
	LoadMemory     = "`telcograph load --store memory://` of the N-Quads file"
	LoadCayleyBolt = "`cayley load` of the N-Quads file into bolt"
	LoadVirtuoso   = "Virtuoso `ld_dir` + `rdf_loader_run()` + checkpoint"
)

// Targets of issue 16 (cache off, at 10^6 quads unless said) and design §6.
const (
	targetW2P50      = time.Millisecond
	targetW2P99      = 10 * time.Millisecond
	targetRPS        = 3000 // W2 and W3 at the higher concurrency
	targetW4P50      = 5 * time.Millisecond
	targetW5P50      = 2 * time.Millisecond
	targetLoadMem    = 100000 // quads/s into memory
	targetRSSMiB     = 400    // at 10^6 quads
	targetRSS10e7MiB = 4096   // at 10^7 quads
	targetIndexRate  = 500000 // quads/s from bolt
	targetBoltRatio  = 1.5    // W1 into bolt against cayley load
)

// Failures lists every failed request and wrong answer, one line per
// workload and system and kind: a request that failed is a bug, whoever
// served it, and so is a wrong answer.
func (r Report) Failures() []string {
	var out []string
	for _, s := range r.Sizes {
		for _, x := range s.Results {
			for _, f := range x.Failures() {
				out = append(out, fmt.Sprintf("%s quads: %s", SizeLabel(s.Nominal), f))
			}
		}
	}
	return out
}

// Failures says how many requests failed and what answer was wrong, if any.
func (r Result) Failures() []string {
	var out []string
	if r.Errors > 0 {
		out = append(out, fmt.Sprintf("%s %s at concurrency %d: %d of %d requests failed", r.System, r.Workload, r.Concurrency, r.Errors, r.Requests))
	}
	if r.Wrong > 0 {
		out = append(out, fmt.Sprintf("%s %s: an answer was wrong or failed, so it was not timed: %s", r.System, r.Workload, r.FirstWrong))
	}
	return out
}

// WriteJSON writes the report as JSON to path, for a later run to reuse
// sizes from (ReadReport).
func (r Report) WriteJSON(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	return nil
}

// ReadReport reads a report WriteJSON wrote.
func ReadReport(path string) (Report, error) {
	var r Report
	b, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("loadtest: %w", err)
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("loadtest: %s: %w", path, err)
	}
	return r, nil
}

// Reuse returns the size measured n in r, marked as reused from r, when r
// was run with seed (other seeds are other graphs).
func (r Report) Reuse(n int, seed uint64) (Size, bool) {
	if r.Seed != seed {
		return Size{}, false
	}
	for _, s := range r.Sizes {
		if s.Nominal == n {
			if s.Reused == nil {
				s.Reused = &Provenance{Date: r.Date, Command: r.Command, Commit: r.Commit, Machine: r.Machine}
			}
			return s, true
		}
	}
	return Size{}, false
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

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

// ratio is a/b, 0 when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// systems in the order the report lists them: the headline first.
var systems = []System{OursUncached, Ours, Cayley, SPARQL}

// WriteReport writes r as BENCHMARKS.md's Markdown.
func WriteReport(w io.Writer, r Report) error {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# Benchmarks\n\n")
	p("Written by `tgbench all` (cmd/tgbench) on %s. Do not edit by hand: rerun it.\n\n", r.Date.UTC().Format("2006-01-02"))
	p("- Command: `%s`\n", strings.TrimSpace(r.Command))
	if r.Commit != "" {
		p("- Code: commit %s\n", r.Commit)
	}
	p("- Machine: %s\n", r.Machine)
	p("- Data: `telcograph gen --quads N --seed %d`, one N-Quads file per size that every system loads (`loaders/synth`: companies, alliances with power-law sizes, people, partnerships, joint ventures, investments, dated memberships, one article per ~20 facts; every fact a direct edge plus a statement node, each quad labelled with its article).\n", r.Seed)
	p("- telcograph: `telcograph load --store bolt://…` of the file, then `telcograph serve --rate-limit 0`, with `--response-cache 0` (**the headline**: every request runs its query) and with the response cache on as shipped (a repeated question is answered from the cache; every question here is repeated).\n")
	p("- Cayley: its own `cayley http` (Gizmo at `/api/v2/query?lang=gizmo`) built from the pinned module github.com/cayleygraph/cayley %s, bolt backend, the file loaded with `cayley load`.\n", r.CayleyVersion)
	if r.VirtuosoVersion != "" {
		p("- Virtuoso: Debian `virtuoso-opensource-7-bin` (%s), SPARQL at `/sparql`, the file bulk-loaded with `ld_dir` + `rdf_loader_run()`.\n", r.VirtuosoVersion)
	}
	p("- Runs: one system at a time on loopback, from the same Go client, at concurrency 1 and the higher concurrency given, after a warm-up; latencies per request, client side. Before any timing every question a workload asks is asked once and its answer compared with the right one computed from the N-Quads file; a system that answers one wrong is not timed and the run fails with the diff.\n\n")
	p("Workloads: **W1** bulk load of the N-Quads file (quads/s); **W2** the largest alliance's (`alliances(first: 1, orderBy: MEMBER_COUNT)`) first 50 members with their names and sources (telcograph: `members(first: 50) { totalCount edges { node { slug name } sources { url } } }`; Gizmo: the first 50 of `g.V(alliance).in(memberOf).unique().order().limit(50)` into an array, then their names with `saveOpt` and sources with `labelContext`; SPARQL: a sub-select of the first 50 members, then their names and the graphs stating the membership); **W3** co-members of 200 member companies drawn at random, asked in turn (first 100); **W4** shortest path between two companies within 6 hops (100 pairs); **W5** name search (200 texts: exact, prefix, typo). Each system's \"first 50\" and \"first 100\" are in its own order: telcograph by name (co-members by alliances shared), SPARQL by IRI, Gizmo by `<iri>`. W4 and W5 are telcograph only: Gizmo and SPARQL have no shortest path or typo-tolerant search to compare with.\n\n")

	for _, s := range r.Sizes {
		writeSize(p, s)
	}
	if len(r.Sizes) > 1 {
		writeGrowth(p, r.Sizes)
	}
	if len(r.Sizes) > 0 {
		writeTargets(p, r.Sizes)
	}
	p("\n")
	b.WriteString(r.Appendix)
	_, err := io.WriteString(w, b.String())
	return err
}

// find is the result of sys on w at concurrency c (0: the highest run),
// the zero Result when there is none.
func find(rs []Result, sys System, w Workload, c int) Result {
	var best Result
	for _, r := range rs {
		if r.System == sys && r.Workload == w && r.Requests > 0 && (r.Concurrency == c || c == 0 && r.Concurrency > best.Concurrency) {
			best = r
		}
	}
	return best
}

// rss is the memory sys held after its runs, 0 when unknown.
func (s Size) rss(sys System) int64 {
	for _, m := range s.Memory {
		if m.System == sys {
			return m.RSS
		}
	}
	return 0
}

// load is the W1 load named what, the zero Load when there is none.
func (s Size) load(what string) Load {
	for _, l := range s.Loads {
		if l.What == what {
			return l
		}
	}
	return Load{}
}

// cell is a result's figure for a table: "–" when it was not measured.
func cell(r Result, f func(Result) string) string {
	if r.Requests == 0 {
		return "–"
	}
	return f(r)
}

func p50(r Result) string { return ms(r.P50) }
func p99(r Result) string { return ms(r.P99) }
func rps(r Result) string { return fmt.Sprintf("%.0f", r.Throughput()) }
func mib(b int64) string {
	if b == 0 {
		return "–"
	}
	return strconv.FormatInt(b>>20, 10)
}

// writeSize writes one size's section: the headline, loads, runs, ratios,
// memory, checks.
func writeSize(p func(string, ...any), s Size) {
	p("## %s quads (%d in the file)\n\n", SizeLabel(s.Nominal), s.Quads)
	if r := s.Reused; r != nil {
		p("*Measured on %s by `%s` at commit %s (on %s) and taken from that run's JSON report with `--reuse`; the other sizes were measured by this report's command.*\n\n",
			r.Date.UTC().Format("2006-01-02"), strings.TrimSpace(r.Command), orUnknown(r.Commit), r.Machine)
	}
	hi := 0
	for _, x := range s.Results {
		hi = max(hi, x.Concurrency)
	}
	if x := find(s.Results, OursUncached, W2, 1); x.Requests > 0 {
		p("**W2 at concurrency 1, no response cache: p50 %s ms, p90 %s ms, p99 %s ms** (the largest alliance, %s, %d members; %d requests, %d errors).\n\n",
			ms(x.P50), ms(x.P90), ms(x.P99), s.Largest, s.LargestMembers, x.Requests, x.Errors)
	}
	p("| system | W2 p50 ms, c=1 | W2 req/s, c=%d | W2 p99 ms, c=%[1]d | W3 p50 ms, c=1 | W3 req/s, c=%[1]d | W3 p99 ms, c=%[1]d | RSS MiB after |\n|---|---:|---:|---:|---:|---:|---:|---:|\n", hi)
	for _, sys := range systems {
		w21, w2h, w31, w3h := find(s.Results, sys, W2, 1), find(s.Results, sys, W2, hi), find(s.Results, sys, W3, 1), find(s.Results, sys, W3, hi)
		if w21.Requests+w2h.Requests+w31.Requests+w3h.Requests == 0 && s.rss(sys) == 0 {
			continue
		}
		name := string(sys)
		if sys == OursUncached {
			name = "**" + name + "**"
		}
		p("| %s | %s | %s | %s | %s | %s | %s | %s |\n", name, cell(w21, p50), cell(w2h, rps), cell(w2h, p99),
			cell(w31, p50), cell(w3h, rps), cell(w3h, p99), mib(s.rss(sys)))
	}
	p("\n| W1 load | quads | seconds | quads/s |\n|---|---:|---:|---:|\n")
	for _, l := range s.Loads {
		p("| %s | %d | %.2f | %.0f |\n", l.What, l.Quads, l.Seconds, l.Rate())
	}
	if l := s.IndexBuild; l.Seconds > 0 {
		p("| %s | %d | %.2f | %.0f |\n", l.What, l.Quads, l.Seconds, l.Rate())
	}
	if ours, cay := s.load(LoadBolt), s.load(LoadCayleyBolt); ours.Rate() > 0 && cay.Rate() > 0 {
		p("\nW1 into bolt, telcograph / `cayley load` on the same file: **%.2f×** (%.0f against %.0f quads/s).\n", ours.Rate()/cay.Rate(), ours.Rate(), cay.Rate())
	}
	if l := s.IndexBuild; l.Seconds > 0 {
		p("Serving index built from bolt at **%.0f quads/s** (%d quads in %.2f s, from the server's log).\n", l.Rate(), l.Quads, l.Seconds)
	}
	p("\n| workload | system | concurrency | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, x := range s.Results {
		if x.Requests == 0 {
			p("| %s | %s | %d | – | – | – | – | – | – |\n", x.Workload, x.System, x.Concurrency)
			continue
		}
		p("| %s | %s | %d | %d | %d | %.0f | %s | %s | %s |\n", x.Workload, x.System, x.Concurrency, x.Requests, x.Errors, x.Throughput(), ms(x.P50), ms(x.P90), ms(x.P99))
	}
	var ratios []string
	for _, x := range s.Results {
		if x.System.graphQL() || x.Requests == 0 {
			continue
		}
		u, o := find(s.Results, OursUncached, x.Workload, x.Concurrency), find(s.Results, Ours, x.Workload, x.Concurrency)
		ratios = append(ratios, fmt.Sprintf("| %s | %d | %s | %.2f | %.2f | %.2f | %.2f |\n", x.Workload, x.Concurrency, x.System,
			ratio(u.Throughput(), x.Throughput()), ratio(float64(u.P50), float64(x.P50)), ratio(o.Throughput(), x.Throughput()), ratio(float64(o.P50), float64(x.P50))))
	}
	if len(ratios) > 0 {
		p("\nRatios, telcograph / peer (throughput: higher is better; p50: lower is better):\n\n| workload | concurrency | peer | throughput ×, no cache | p50 ×, no cache | throughput ×, cache | p50 ×, cache |\n|---|---:|---|---:|---:|---:|---:|\n%s", strings.Join(ratios, ""))
	}
	if len(s.Memory) > 0 {
		p("\n| server | seconds from start to first answer | RSS MiB after its runs |\n|---|---:|---:|\n")
		for _, m := range s.Memory {
			p("| %s | %.2f | %s |\n", m.System, m.Ready, mib(m.RSS))
		}
		p("\ntelcograph's start includes opening bolt and building its serving index; Cayley opens its bolt file and reads it as queries need it; Virtuoso starts empty and loads the file after (W1).\n")
	}
	checked, wrong := 0, []string{}
	for _, x := range s.Results {
		checked += x.Checked
		if x.Wrong > 0 {
			wrong = append(wrong, fmt.Sprintf("%s %s:\n\n```\n%s\n```\n", x.Workload, x.System, x.FirstWrong))
		}
	}
	if checked > 0 {
		p("\nAnswers: before timing, every question was asked once and its answer compared with the one computed from the N-Quads file: %d answers", checked)
		if len(wrong) == 0 {
			p(", all right.\n")
		} else {
			p("; **wrong answers** (not timed):\n\n%s", strings.Join(wrong, "\n"))
		}
	}
	for _, n := range s.Notes {
		p("\n%s\n", n)
	}
	p("\n")
}

// writeGrowth writes how telcograph's costs (no response cache) grow with
// the graph, each figure also as a multiple of the smallest size's.
func writeGrowth(p func(string, ...any), sizes []Size) {
	type col struct {
		name string
		v    func(Size) float64
		f    string
	}
	hi := func(s Size) int {
		c := 0
		for _, x := range s.Results {
			c = max(c, x.Concurrency)
		}
		return c
	}
	lat := func(w Workload) func(Size) float64 {
		return func(s Size) float64 { return float64(find(s.Results, OursUncached, w, 1).P50) / 1e6 }
	}
	cols := []col{
		{"W1 bolt quads/s", func(s Size) float64 { return s.load(LoadBolt).Rate() }, "%.0f"},
		{"index build quads/s", func(s Size) float64 { return s.IndexBuild.Rate() }, "%.0f"},
		{"W2 p50 ms, c=1", lat(W2), "%.2f"},
		{"W2 req/s, c=N", func(s Size) float64 { return find(s.Results, OursUncached, W2, hi(s)).Throughput() }, "%.0f"},
		{"W3 p50 ms, c=1", lat(W3), "%.2f"},
		{"W3 req/s, c=N", func(s Size) float64 { return find(s.Results, OursUncached, W3, hi(s)).Throughput() }, "%.0f"},
		{"W4 p50 ms, c=1", lat(W4), "%.2f"},
		{"W5 p50 ms, c=1", lat(W5), "%.2f"},
		{"RSS MiB", func(s Size) float64 { return float64(s.rss(OursUncached) >> 20) }, "%.0f"},
		{"RSS bytes/quad", func(s Size) float64 { return ratio(float64(s.rss(OursUncached)), float64(s.Quads)) }, "%.0f"},
	}
	first, last := sizes[0], sizes[len(sizes)-1]
	p("## How cost grows with the graph\n\ntelcograph with the response cache off, from %s to %s quads (a graph %.0f× larger); in brackets, each figure as a multiple of its value at %s.\n\n| quads |",
		SizeLabel(first.Nominal), SizeLabel(last.Nominal), ratio(float64(last.Quads), float64(first.Quads)), SizeLabel(first.Nominal))
	for _, c := range cols {
		p(" %s |", c.name)
	}
	p("\n|---|%s\n", strings.Repeat("---:|", len(cols)))
	for _, s := range sizes {
		p("| %s |", SizeLabel(s.Nominal))
		for _, c := range cols {
			v, base := c.v(s), c.v(sizes[0])
			switch {
			case v == 0:
				p(" – |")
			case base == 0 || s.Nominal == sizes[0].Nominal:
				p(" "+c.f+" |", v)
			default:
				p(" "+c.f+" (%.1f×) |", v, v/base)
			}
		}
		p("\n")
	}
	p("\n")
}

// writeTargets checks issue 16's targets at 10^6 quads (or the largest size
// run when there is no 10^6) and the memory target at 10^7.
func writeTargets(p func(string, ...any), sizes []Size) {
	at := sizes[len(sizes)-1]
	for _, s := range sizes {
		if s.Nominal == 1000000 {
			at = s
		}
	}
	hi := 0
	for _, x := range at.Results {
		hi = max(hi, x.Concurrency)
	}
	p("## Targets (issue 16, design §6), at %s quads, response cache off\n\n| target | measured | met |\n|---|---|---|\n", SizeLabel(at.Nominal))
	check := func(name, measured string, ok bool) {
		mark := "yes"
		if !ok {
			mark = "**no**"
		}
		p("| %s | %s | %s |\n", name, measured, mark)
	}
	u := func(w Workload, c int) Result { return find(at.Results, OursUncached, w, c) }
	if x := u(W2, 1); x.Requests > 0 {
		check("W2 p50 ≤ 1 ms at concurrency 1", ms(x.P50)+" ms", x.P50 <= targetW2P50)
	}
	if x := u(W2, hi); x.Requests > 0 {
		check(fmt.Sprintf("W2 ≥ %d req/s at concurrency %d", targetRPS, hi), rps(x)+" req/s", x.Throughput() >= targetRPS)
		check(fmt.Sprintf("W2 p99 ≤ 10 ms at concurrency %d", hi), ms(x.P99)+" ms", x.P99 <= targetW2P99)
	}
	if x := u(W3, hi); x.Requests > 0 {
		check(fmt.Sprintf("W3 ≥ %d req/s at concurrency %d", targetRPS, hi), rps(x)+" req/s", x.Throughput() >= targetRPS)
	}
	if x := u(W4, 1); x.Requests > 0 {
		check("W4 p50 ≤ 5 ms", ms(x.P50)+" ms", x.P50 <= targetW4P50)
	}
	if x := u(W5, 1); x.Requests > 0 {
		check("W5 p50 ≤ 2 ms", ms(x.P50)+" ms", x.P50 <= targetW5P50)
	}
	for _, w := range []Workload{W2, W3} {
		ours := u(w, hi)
		for _, x := range at.Results {
			if !x.System.graphQL() && x.Workload == w && x.Concurrency == hi && x.Requests > 0 {
				check(fmt.Sprintf("%s throughput ahead of %s at concurrency %d", w, x.System, hi), fmt.Sprintf("%s vs %s req/s", rps(ours), rps(x)), ours.Throughput() > x.Throughput())
			}
		}
	}
	if l := at.load(LoadMemory); l.Rate() > 0 {
		check("W1 ≥ 100,000 quads/s into memory", fmt.Sprintf("%.0f quads/s", l.Rate()), l.Rate() >= targetLoadMem)
	}
	if ours, cay := at.load(LoadBolt), at.load(LoadCayleyBolt); ours.Rate() > 0 && cay.Rate() > 0 {
		check("W1 into bolt ≥ 1.5× `cayley load` on the same file", fmt.Sprintf("%.2f×", ours.Rate()/cay.Rate()), ours.Rate() >= targetBoltRatio*cay.Rate())
	}
	if l := at.IndexBuild; l.Rate() > 0 {
		check("index build from bolt ≥ 500,000 quads/s", fmt.Sprintf("%.0f quads/s", l.Rate()), l.Rate() >= targetIndexRate)
	}
	if rss := at.rss(OursUncached); rss > 0 && at.Nominal == 1000000 {
		check("≤ 400 MiB resident at 10^6 quads, after the runs", mib(rss)+" MiB", rss>>20 <= targetRSSMiB)
	}
	for _, s := range sizes {
		if rss := s.rss(OursUncached); rss > 0 && s.Nominal == 10000000 {
			check("≤ 4 GiB resident at 10^7 quads, after the runs", mib(rss)+" MiB", rss>>20 <= targetRSS10e7MiB)
		}
	}
}
