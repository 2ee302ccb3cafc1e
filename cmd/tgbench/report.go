package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

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

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

func writeReport(path string, reps []sizeReport, cmdline string, bins binaries) error {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# Benchmarks\n\n")
	p("Written by `tgbench all` (cmd/tgbench) on %s. Do not edit by hand: rerun it.\n\n", time.Now().UTC().Format("2006-01-02"))
	p("- Command: `%s`\n", strings.TrimSpace(cmdline))
	p("- Machine: %s\n", machine())
	p("- Cayley: its own `cayley http` (Gizmo at `/api/v2/query?lang=gizmo`) built from the pinned module github.com/cayleygraph/cayley v0.7.7-0.20240706181042-81dcd7d73e45, bolt backend, data loaded with `cayley load`.\n")
	if bins.virtuoso != "" {
		out, _ := exec.Command(bins.virtuoso, "-?").CombinedOutput()
		v := strings.TrimSpace(strings.SplitN(string(out), "\n", 3)[min(1, len(strings.SplitN(string(out), "\n", 3))-1)])
		p("- Virtuoso: Debian `virtuoso-opensource-7-bin` (%s), SPARQL at `/sparql`, data bulk-loaded with `ld_dir` + `rdf_loader_run()`.\n", v)
	}
	p("- telcograph: `telcograph serve --store bolt://…` over the same quads, loaded article by article.\n")
	p("- Data: `loaders/synth` (seed 1): companies, alliances with power-law sizes, people, partnerships, joint ventures, investments, dated memberships, one article per ~20 facts; every fact a direct edge plus a statement node with its evidence and source.\n")
	p("- Load: every system answers the same question on the same data over HTTP on loopback, from the same Go client, with the concurrency given, after a warm-up. Latencies are per request, client side.\n\n")
	p("Workloads: **W1** bulk load (quads/s); **W2** an alliance's first 50 members with their evidence and source; **W3** co-members of a company (2 hops); **W4** shortest path between two companies within 6 hops; **W5** name search (exact, prefix, typo). W4 and W5 are telcograph only: Gizmo and SPARQL have no shortest path or typo-tolerant search to compare with (the Go benchmarks below compare W5 with a linear scan).\n\n")

	for _, r := range reps {
		p("## %d quads\n\n", r.Quads)
		p("| W1 load | quads | seconds | quads/s |\n|---|---:|---:|---:|\n")
		for _, l := range r.Loads {
			p("| %s | %d | %.2f | %.0f |\n", l.What, l.Quads, l.Seconds, l.rate())
		}
		p("\n| workload | system | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n")
		for _, x := range r.Results {
			p("| %s | %s | %d | %d | %.0f | %s | %s | %s |\n", x.Workload, x.System, x.Requests, x.Errors, x.Throughput(), ms(x.P50), ms(x.P90), ms(x.P99))
		}
		p("\nRatios, telcograph / peer (throughput higher is better, p50 lower is better), with and without telcograph's response cache:\n\n| workload | peer | throughput × | p50 × | throughput ×, no cache | p50 ×, no cache |\n|---|---|---:|---:|---:|---:|\n")
		for _, x := range r.Results {
			if x.System == Ours || x.System == OursUncached {
				continue
			}
			var o, u Result
			for _, y := range r.Results {
				if y.Workload == x.Workload && y.System == Ours {
					o = y
				}
				if y.Workload == x.Workload && y.System == OursUncached {
					u = y
				}
			}
			p("| %s | %s | %.1f | %.2f | %.1f | %.2f |\n", x.Workload, x.System, o.Throughput()/x.Throughput(), float64(o.P50)/float64(x.P50),
				u.Throughput()/x.Throughput(), float64(u.P50)/float64(x.P50))
		}
		if r.RSS > 0 {
			p("\nMemory: the telcograph server held %d MiB resident after the runs (bolt store: the serving index and the process, Go runtime included).\n", r.RSS>>20)
		}
		for _, n := range r.Notes {
			p("\n%s\n", n)
		}
		p("\n")
	}

	last := reps[len(reps)-1]
	p("## Targets (design §6), at %d quads\n\n| target | measured | met |\n|---|---|---|\n", last.Quads)
	check := func(name, measured string, ok bool) {
		mark := "yes"
		if !ok {
			mark = "**no**"
		}
		p("| %s | %s | %s |\n", name, measured, mark)
	}
	for _, x := range last.Results {
		if x.System != Ours && x.System != OursUncached {
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
			check("W1 ≥ 100,000 quads/s into memory", fmt.Sprintf("%.0f quads/s", l.rate()), l.rate() >= targetLoadMem)
		}
	}
	var ourBolt, cayleyBolt float64
	for _, l := range last.Loads {
		switch {
		case strings.HasPrefix(l.What, "telcograph") && strings.Contains(l.What, "bolt"):
			ourBolt = l.rate()
		case strings.HasPrefix(l.What, "cayley"):
			cayleyBolt = l.rate()
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
			var ours Result
			for _, x := range last.Results {
				if x.System == mine && x.Workload == w {
					ours = x
				}
			}
			for _, x := range last.Results {
				if x.System != Ours && x.System != OursUncached && x.Workload == w {
					check(fmt.Sprintf("%s throughput of %s ahead of %s", w, mine, x.System), fmt.Sprintf("%.0f vs %.0f req/s", ours.Throughput(), x.Throughput()), ours.Throughput() > x.Throughput())
				}
			}
		}
	}
	p("\n")
	if extra, err := os.ReadFile("cmd/tgbench/NOTES.md"); err == nil {
		b.Write(extra)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
