// Command tgbench measures telcograph side by side with the systems a user
// would pick instead, on the same generated data in the same run: Cayley's
// own HTTP server (Gizmo) and Virtuoso (SPARQL). This file is wiring only:
// flags and environment, then server/loadtest, which holds the benchmark.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/telcograph/telcograph/server/loadtest"
)

const usage = `tgbench: telcograph beside Cayley's own HTTP server and Virtuoso, on the same data.

Usage:
  tgbench all [--quads 10000,100000,1000000] [--seed 7] [--out BENCHMARKS.md] [--duration 10s] [--warmup 2s]
              [--concurrency 16] [--peers cayley,virtuoso] [--workdir DIR] [--json FILE] [--reuse FILE.json]
        every workload at every size against every system, one system at a time, at
        concurrency 1 and --concurrency; writes the report and its results as JSON;
        --reuse takes the sizes an earlier JSON report measured (same --seed) from it
  tgbench run --system telcograph|cayley|virtuoso --workload W2|W3|W4|W5 --url URL (--data FILE.nq | --quads N [--seed S])
        one workload against one running server that loaded FILE.nq, or the graph
        telcograph gen --quads N --seed S makes

Every flag can also be set by the environment variable TGBENCH_<FLAG> (--warmup: TGBENCH_WARMUP);
the command line wins. The servers tgbench starts get no TELCOGRAPH_ variables, only its flags.
Exit status: 0 done; 1 a run failed, a request failed or an answer was wrong; 2 a wrong command line.
Run 'tgbench COMMAND --help' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "all":
		err = runAll(ctx, args[1:], stdout, stderr)
	case "run":
		err = runOne(ctx, args[1:], stdout)
	default:
		fmt.Fprintf(stderr, "tgbench: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "tgbench %s: %v (see tgbench %[1]s --help)\n", args[0], err)
		return 2
	}
	fmt.Fprintf(stderr, "tgbench %s: %v\n", args[0], err)
	return 1
}

// usageError is a wrong command line, with what is wrong.
type usageError string

func (e usageError) Error() string { return string(e) }

func usageErrorf(format string, a ...any) error { return usageError(fmt.Sprintf(format, a...)) }

// parse sets every flag of fs from TGBENCH_<FLAG> ("warmup" is
// TGBENCH_WARMUP), then from args, which win. --help prints the flags, each
// with its variable, on stdout.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	env := func(name string) string { return "TGBENCH_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_")) }
	fs.SetOutput(io.Discard)
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if v := os.Getenv(env(f.Name)); v != "" && err == nil {
			if e := f.Value.Set(v); e != nil {
				err = fmt.Errorf("%s=%q: %v", env(f.Name), v, e)
			}
		}
	})
	if err == nil {
		err = fs.Parse(args)
	}
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stdout, "Usage of tgbench %s:\n", fs.Name())
		fs.VisitAll(func(f *flag.Flag) {
			fmt.Fprintf(stdout, "  --%s (default %q, env %s)\n    \t%s\n", f.Name, f.DefValue, env(f.Name), f.Usage)
		})
		return err
	case err != nil:
		return usageError(err.Error())
	}
	return nil
}

// options are the flags of a run shared by both commands.
func options(fs *flag.FlagSet) *loadtest.Options {
	o := &loadtest.Options{}
	fs.IntVar(&o.Concurrency, "concurrency", 16, "concurrent clients (all: the higher concurrency; every system also runs at 1)")
	fs.DurationVar(&o.Duration, "duration", 10*time.Second, "measured time per workload and system")
	fs.DurationVar(&o.Warmup, "warmup", 2*time.Second, "warm-up per workload and system, not measured (answers are checked before it)")
	return o
}

func runAll(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("all", flag.ContinueOnError)
	sizes := fs.String("quads", "10000,100000,1000000", "graph sizes, comma-separated")
	seed := fs.Uint64("seed", 7, "seed of the generated graphs (telcograph gen --seed)")
	out := fs.String("out", "BENCHMARKS.md", "report to write")
	opt := options(fs)
	work := fs.String("workdir", "", "scratch directory (default: a new temporary one, removed after)")
	peers := fs.String("peers", "cayley,virtuoso", "peer systems to run beside telcograph (empty for none)")
	jsonOut := fs.String("json", "", "also write the results as JSON here, for --reuse (default: --out with .json for .md)")
	reuse := fs.String("reuse", "", "an earlier run's JSON report: sizes it measured with the same --seed are taken from it, marked so, not measured again")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	cfg := loadtest.Config{Seed: *seed, Options: *opt, Workdir: *work,
		Logf: func(format string, a ...any) { fmt.Fprintf(stderr, "tgbench: "+format+"\n", a...) }}
	if *reuse != "" {
		prev, err := loadtest.ReadReport(*reuse)
		if err != nil {
			return err
		}
		cfg.Reuse = &prev
	}
	if *jsonOut == "" {
		*jsonOut = strings.TrimSuffix(*out, ".md") + ".json"
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return usageErrorf("--quads: %q is not a number of quads", s)
		}
		cfg.Sizes = append(cfg.Sizes, n)
	}
	for _, p := range strings.FieldsFunc(*peers, func(r rune) bool { return r == ',' }) {
		switch sys := loadtest.System(strings.TrimSpace(p)); sys {
		case loadtest.Cayley, loadtest.SPARQL:
			cfg.Peers = append(cfg.Peers, sys)
		default:
			return usageErrorf("--peers: unknown peer %q (cayley, virtuoso)", p)
		}
	}
	rep, err := loadtest.Bench(ctx, cfg)
	if err != nil {
		return err
	}
	rep.Command = "go run ./cmd/tgbench all " + strings.Join(args, " ")
	if err := rep.WriteFile(*out); err != nil {
		return err
	}
	if err := rep.WriteJSON(*jsonOut); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s and %s\n", *out, *jsonOut)
	if fails := rep.Failures(); len(fails) > 0 {
		return errors.New(strings.Join(fails, "\n"))
	}
	return nil
}

func runOne(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	sys := fs.String("system", string(loadtest.Ours), "telcograph, cayley or virtuoso")
	w := fs.String("workload", string(loadtest.W2), "W2, W3, W4 or W5")
	base := fs.String("url", "http://127.0.0.1:8080", "the system's base URL")
	data := fs.String("data", "", "the N-Quads file the system loaded: the questions and the right answers come from it")
	quads := fs.Int("quads", 10000, "without --data: the size of the generated graph the system loaded")
	seed := fs.Uint64("seed", 7, "without --data: the seed of the generated graph")
	opt := options(fs)
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	target := loadtest.Target{System: loadtest.System(*sys), URL: strings.TrimRight(*base, "/")}
	if !loadtest.Supports(target.System, loadtest.Workload(*w)) {
		return usageErrorf("--system %s has no query for --workload %s", *sys, *w)
	}
	var truth *loadtest.Truth
	if *data != "" {
		var err error
		if truth, err = loadtest.ReadTruth(*data); err != nil {
			return err
		}
	} else {
		truth = loadtest.NewTruth(loadtest.Generate(*quads, *seed))
	}
	r, err := loadtest.Run(ctx, target, loadtest.Workload(*w), truth.Inputs(), truth, *opt)
	if err != nil {
		return err
	}
	if fails := r.Failures(); len(fails) > 0 {
		return errors.New(strings.Join(fails, "\n"))
	}
	fmt.Fprintf(stdout, "%s %s c=%d: %d requests, %d errors, %.0f req/s, p50 %v p90 %v p99 %v; %d answers checked before timing, all right\n",
		r.System, r.Workload, r.Concurrency, r.Requests, r.Errors, r.Throughput(), r.P50, r.P90, r.P99, r.Checked)
	return nil
}
