package loadtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/telcograph/telcograph/loaders/synth"
)

// Config is a whole benchmark: every workload at every size.
type Config struct {
	Sizes   []int    // graph sizes in quads
	Seed    uint64   // of the generated graphs
	Peers   []System // Cayley and/or SPARQL, run beside telcograph when installed
	Options          // per workload and system; Concurrency is the higher of the two run
	Workdir string   // scratch directory; empty: a temporary one, removed after
	Reuse   *Report  // sizes measured by an earlier run with the same seed, taken as they are
	Logf    func(format string, args ...any)
}

// Generate makes the synthetic graph of a size and seed.
func Generate(quads int, seed uint64) *synth.Graph {
	return synth.Generate(synth.Options{Quads: quads, Seed: seed})
}

// Bench builds the servers, then at each size generates the N-Quads file
// with `telcograph gen`, computes the right answers from it, loads it into
// every system (W1) and runs W2 to W5 against each system that has a query
// for them, one system at a time, at concurrency 1 and cfg.Concurrency.
// It returns what it measured; a request that failed or an answer that was
// wrong is in the results, for Report.Failures.
func Bench(ctx context.Context, cfg Config) (Report, error) {
	rep := Report{Date: time.Now().UTC(), Machine: Machine(), CayleyVersion: moduleVersion("github.com/cayleygraph/cayley"),
		Seed: cfg.Seed, Appendix: Notes, Commit: describe(ctx)}
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
		if cfg.Reuse != nil {
			if s, ok := cfg.Reuse.Reuse(n, cfg.Seed); ok {
				logf("%s quads: reusing what %s measured on %s", SizeLabel(n), s.Reused.Command, s.Reused.Date.UTC().Format("2006-01-02"))
				rep.Sizes = append(rep.Sizes, s)
				continue
			}
		}
		s, err := benchSize(ctx, cfg, bins, n, logf)
		if err != nil {
			return rep, fmt.Errorf("loadtest: %d quads: %w", n, err)
		}
		rep.Sizes = append(rep.Sizes, s)
	}
	return rep, nil
}

// describe is git describe of the working tree the servers are built from,
// "" outside a git checkout.
func describe(ctx context.Context) string {
	out, err := exec.CommandContext(ctx, "git", "describe", "--always", "--dirty").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
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

// bigSize is the size from which the report says why a peer ran, not only
// why one was skipped.
const bigSize = 10000000

func benchSize(ctx context.Context, cfg Config, bins Binaries, n int, logf func(string, ...any)) (Size, error) {
	rep := Size{Nominal: n}
	dir := filepath.Join(cfg.Workdir, strconv.Itoa(n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return rep, fmt.Errorf("loadtest: %w", err)
	}
	label := SizeLabel(n)
	logf("%s quads: generating", label)
	data := filepath.Join(dir, "data.nq")
	if err := GenerateFile(ctx, bins.Telcograph, n, cfg.Seed, data); err != nil {
		return rep, err
	}
	logf("%s quads: computing the right answers from %s", label, data)
	truth, err := ReadTruth(data)
	if err != nil {
		return rep, err
	}
	in := truth.Inputs()
	rep.Quads = truth.Quads()
	if len(in.Alliances) > 0 {
		rep.Largest, rep.LargestMembers = in.Alliances[0], len(truth.members(in.Alliances[0]))
	}

	// W1: loads of the same file.
	tgdb := filepath.Join(dir, "tg.db")
	secs, err := LoadFile(ctx, bins.Telcograph, "bolt://"+tgdb, data)
	if err != nil {
		return rep, err
	}
	rep.Loads = append(rep.Loads, Load{What: LoadBolt, Quads: rep.Quads, Seconds: secs})
	logf("%s quads: telcograph load into bolt in %.2fs", label, secs)
	if ok, why := fits("memory", n); ok {
		secs, err := LoadFile(ctx, bins.Telcograph, "memory://", data)
		if err != nil {
			return rep, err
		}
		rep.Loads = append(rep.Loads, Load{What: LoadMemory, Quads: rep.Quads, Seconds: secs})
	} else {
		rep.Notes = append(rep.Notes, "W1 into memory:// was skipped: "+why+".")
	}
	runCayley := bins.Cayley != ""
	if ok, why := fits("cayley", n); runCayley && !ok {
		runCayley = false
		rep.Notes = append(rep.Notes, "Cayley was skipped at this size: "+why+".")
	} else if runCayley && n >= bigSize {
		rep.Notes = append(rep.Notes, "Cayley ran at this size: "+why+".")
	}
	cdb := filepath.Join(dir, "cayley.db")
	if runCayley {
		secs, err := LoadCayley(ctx, bins.Cayley, cdb, data)
		if err != nil {
			return rep, err
		}
		rep.Loads = append(rep.Loads, Load{What: LoadCayleyBolt, Quads: rep.Quads, Seconds: secs})
		logf("%s quads: cayley load into bolt in %.2fs", label, secs)
	}
	runVirtuoso := bins.Virtuoso != "" && slices.Contains(cfg.Peers, SPARQL)
	if !runVirtuoso && slices.Contains(cfg.Peers, SPARQL) {
		rep.Notes = append(rep.Notes, "Virtuoso was not installed (apt-get install virtuoso-opensource-7-bin), so it was not run.")
	} else if ok, why := fits("virtuoso", n); runVirtuoso && !ok {
		runVirtuoso = false
		rep.Notes = append(rep.Notes, "Virtuoso was skipped at this size: "+why+".")
	} else if runVirtuoso && n >= bigSize {
		rep.Notes = append(rep.Notes, "Virtuoso ran at this size: "+why+".")
	}

	// One system at a time, so none pays for another's memory or threads.
	measure := func(s *Server, sys System) error {
		defer s.Stop()
		for _, w := range Workloads {
			if !Supports(sys, w) {
				continue
			}
			check := truth
			for _, c := range []int{1, max(cfg.Concurrency, 1)} {
				opt := cfg.Options
				opt.Concurrency = c
				logf("%s quads: %s %s at concurrency %d", label, sys, w, c)
				r, err := Run(ctx, Target{sys, s.URL}, w, in, check, opt)
				if err != nil {
					return err
				}
				rep.Results = append(rep.Results, r)
				if r.Wrong > 0 {
					logf("%s quads: %s %s: wrong answer, not timed: %s", label, sys, w, r.FirstWrong)
					break
				}
				check = nil // checked once, before the first timing
			}
		}
		rep.Memory = append(rep.Memory, Memory{System: sys, Ready: s.Ready, RSS: RSS(s.PID)})
		return nil
	}
	for _, sys := range []System{OursUncached, Ours} {
		cache := []string{"--response-cache", "0"}
		if sys == Ours {
			cache = nil
		}
		logPath := filepath.Join(dir, strings.ReplaceAll(string(sys), " ", "")+".log")
		s, err := StartTelcograph(ctx, bins.Telcograph, "bolt://"+tgdb, logPath, cache...)
		if err != nil {
			return rep, err
		}
		if err := CheckLargest(ctx, s.URL, rep.Largest); err != nil {
			rep.Notes = append(rep.Notes, fmt.Sprintf("**Wrong answer**: %s: %v", sys, err))
			rep.Results = append(rep.Results, Result{System: sys, Workload: W2, Checked: 1, Wrong: 1, FirstWrong: err.Error()})
		}
		if err := measure(s, sys); err != nil {
			return rep, err
		}
		if l, ok := IndexBuild(logPath); ok && rep.IndexBuild.Quads == 0 {
			rep.IndexBuild = l
		}
	}
	if runCayley {
		s, err := StartCayley(ctx, bins.Cayley, cdb, filepath.Join(dir, "cayley.log"))
		if err != nil {
			return rep, err
		}
		if err := measure(s, Cayley); err != nil {
			return rep, err
		}
	}
	if runVirtuoso {
		s, secs, err := StartVirtuoso(ctx, bins, filepath.Join(dir, "virtuoso"), data)
		if err != nil {
			return rep, err
		}
		rep.Loads = append(rep.Loads, Load{What: LoadVirtuoso, Quads: rep.Quads, Seconds: secs})
		if err := measure(s, SPARQL); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// CheckLargest asks telcograph at base for the alliance with the most
// members, as W2's question is chosen, and compares it with want.
func CheckLargest(ctx context.Context, base, want string) error {
	body := strings.NewReader(`{"query":"{alliances(first:1,orderBy:MEMBER_COUNT){edges{node{slug}}}}"}`)
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/graphql", body)
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	status, b, err := do(http.DefaultClient, req)
	if err != nil {
		return fmt.Errorf("loadtest: largest alliance: %w", err)
	}
	var got struct {
		Data struct {
			Alliances struct {
				Edges []struct {
					Node struct {
						Slug string `json:"slug"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"alliances"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &got); status != http.StatusOK || err != nil || len(got.Data.Alliances.Edges) != 1 {
		return fmt.Errorf("alliances(first: 1, orderBy: MEMBER_COUNT): status %d: %.300s", status, b)
	}
	if slug := got.Data.Alliances.Edges[0].Node.Slug; slug != want {
		return fmt.Errorf("alliances(first: 1, orderBy: MEMBER_COUNT) is %s, the file's largest alliance is %s", slug, want)
	}
	return nil
}

// SizeLabel names a size as BENCHMARKS.md does: "10^7" for a power of ten,
// else the number.
func SizeLabel(n int) string {
	k := 0
	for m := n; m >= 10 && m%10 == 0; m /= 10 {
		k++
	}
	if k > 0 && n == pow10(k) {
		return "10^" + strconv.Itoa(k)
	}
	return strconv.Itoa(n)
}

func pow10(k int) int {
	n := 1
	for range k {
		n *= 10
	}
	return n
}
