package loadtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"time"

	"github.com/telcograph/telcograph/loaders/synth"
)

// Config is a whole benchmark: every workload at every size.
type Config struct {
	Sizes   []int    // graph sizes in quads
	Seed    uint64   // of the generated graphs
	Peers   []System // Cayley and/or SPARQL, run beside telcograph when installed
	Options          // per workload and system
	Workdir string   // scratch directory; empty: a temporary one, removed after
	Logf    func(format string, args ...any)
}

// Generate makes the synthetic graph of a size and seed.
func Generate(quads int, seed uint64) *synth.Graph {
	return synth.Generate(synth.Options{Quads: quads, Seed: seed})
}

// Bench builds the servers, then at each size generates the graph, loads it
// into every system (W1) and runs W2 to W5 against each system that has a
// query for them. It returns what it measured; a request that failed or an
// answer that was wrong is in the results, for Report.Failures.
func Bench(ctx context.Context, cfg Config) (Report, error) {
	rep := Report{Date: time.Now().UTC(), Machine: Machine(), CayleyVersion: moduleVersion("github.com/cayleygraph/cayley"), Appendix: Notes}
	logf := cfg.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Workdir == "" {
		d, err := os.MkdirTemp("", "tgbench-")
		if err != nil {
			return rep, fmt.Errorf("loadtest: %w", err)
		}
		defer os.RemoveAll(d)
		cfg.Workdir = d
	}
	bins, err := Build(ctx, cfg.Workdir, slices.Contains(cfg.Peers, Cayley), logf)
	if err != nil {
		return rep, err
	}
	if slices.Contains(cfg.Peers, SPARQL) {
		rep.VirtuosoVersion = VirtuosoVersion(bins.Virtuoso)
	}
	for _, n := range cfg.Sizes {
		s, err := benchSize(ctx, cfg, bins, n, logf)
		if err != nil {
			return rep, fmt.Errorf("loadtest: %d quads: %w", n, err)
		}
		rep.Sizes = append(rep.Sizes, s)
	}
	return rep, nil
}

// moduleVersion is the version of a module this program was built with.
func moduleVersion(path string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "(version unknown)"
}

func benchSize(ctx context.Context, cfg Config, bins Binaries, n int, logf func(string, ...any)) (Size, error) {
	rep := Size{}
	dir := filepath.Join(cfg.Workdir, strconv.Itoa(n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return rep, fmt.Errorf("loadtest: %w", err)
	}
	logf("%d quads: generating", n)
	g := Generate(n, cfg.Seed)
	rep.Quads = g.Quads
	in, truth := NewInputs(g), NewTruth(g)
	data := filepath.Join(dir, "data.nq")
	if err := WriteNQuads(data, g); err != nil {
		return rep, err
	}

	// W1: loads.
	tgdb := filepath.Join(dir, "tg.db")
	for _, backend := range []string{"memory", "bolt"} {
		url := "memory://"
		if backend == "bolt" {
			url = "bolt://" + tgdb
		}
		secs, err := LoadTelcograph(ctx, url, g)
		if err != nil {
			return rep, err
		}
		rep.Loads = append(rep.Loads, Load{What: "telcograph → " + backend + " (as `telcograph load`: whole articles, ~10k quads a transaction)", Quads: g.Quads, Seconds: secs})
		logf("%d quads: loaded into %s in %.2fs", n, backend, secs)
	}
	cdb := filepath.Join(dir, "cayley.db")
	if bins.Cayley != "" {
		secs, err := LoadCayley(ctx, bins.Cayley, cdb, data)
		if err != nil {
			return rep, err
		}
		rep.Loads = append(rep.Loads, Load{What: "cayley load → bolt", Quads: g.Quads, Seconds: secs})
	}

	// Servers.
	var servers []*Server
	defer func() {
		for _, s := range servers {
			s.Stop()
		}
	}()
	ours, err := StartTelcograph(ctx, bins.Telcograph, "bolt://"+tgdb)
	if err != nil {
		return rep, err
	}
	servers = append(servers, ours)
	// The same data in a second file, for a server with its response cache
	// off: a bolt file is held by one process.
	if err := copyFile(tgdb, filepath.Join(dir, "tg-nocache.db")); err != nil {
		return rep, err
	}
	plain, err := StartTelcograph(ctx, bins.Telcograph, "bolt://"+filepath.Join(dir, "tg-nocache.db"), "--response-cache", "0")
	if err != nil {
		return rep, err
	}
	servers = append(servers, plain)
	targets := []Target{{Ours, ours.URL}, {OursUncached, plain.URL}}
	if bins.Cayley != "" {
		s, err := StartCayley(ctx, bins.Cayley, cdb)
		if err != nil {
			return rep, err
		}
		servers = append(servers, s)
		targets = append(targets, Target{Cayley, s.URL})
	}
	if bins.Virtuoso != "" && slices.Contains(cfg.Peers, SPARQL) {
		s, secs, err := StartVirtuoso(ctx, bins, filepath.Join(dir, "virtuoso"), data)
		if err != nil {
			return rep, err
		}
		servers = append(servers, s)
		rep.Loads = append(rep.Loads, Load{What: "virtuoso ld_dir + rdf_loader_run", Quads: g.Quads, Seconds: secs})
		targets = append(targets, Target{SPARQL, s.URL})
	} else if slices.Contains(cfg.Peers, SPARQL) {
		rep.Notes = append(rep.Notes, "Virtuoso was not installed (apt-get install virtuoso-opensource-7-bin), so it was not run.")
	}

	for _, w := range Workloads {
		for _, t := range targets {
			if !Supports(t.System, w) {
				continue
			}
			logf("%d quads: %s %s", n, t.System, w)
			r, err := Run(ctx, t, w, in, truth, cfg.Options)
			if err != nil {
				return rep, err
			}
			if r.Wrong > 0 {
				logf("%d quads: %s %s: %d of %d answers wrong, the first: %s", n, t.System, w, r.Wrong, r.Checked, r.FirstWrong)
			}
			rep.Results = append(rep.Results, r)
		}
	}
	// The headline: one client, one question at a time, no response cache.
	single := cfg.Options
	single.Concurrency = 1
	logf("%d quads: %s %s at concurrency 1", n, OursUncached, W2)
	r, err := Run(ctx, Target{OursUncached, plain.URL}, W2, in, truth, single)
	if err != nil {
		return rep, err
	}
	rep.Single = append(rep.Single, r)
	rep.RSS = RSS(ours.PID)
	return rep, nil
}
