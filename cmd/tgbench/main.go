// Command tgbench measures telcograph side by side with the systems a user
// would pick instead, on the same generated data in the same run: Cayley's
// own HTTP server (Gizmo) and Virtuoso (SPARQL). `tgbench all` runs every
// workload at every size and writes BENCHMARKS.md; `tgbench run` drives one
// workload against one URL.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "tgbench:", err)
		}
		os.Exit(1)
	}
}

const usage = `Usage:
  tgbench all [--quads 10000,100000,1000000] [--out BENCHMARKS.md] [--duration 10s] [--concurrency 16]
  tgbench run --system telcograph|cayley|virtuoso --workload W2|W3|W4|W5 --url URL --quads N [--seed S]`

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "all":
		return runAll(ctx, args[1:], stdout, stderr)
	case "run":
		return runOne(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

func runOne(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sys := fs.String("system", string(Ours), "telcograph, cayley or virtuoso")
	w := fs.String("workload", string(W2), "W2, W3, W4 or W5")
	base := fs.String("url", "http://127.0.0.1:8080", "the system's base URL")
	quads := fs.Int("quads", 10000, "size of the generated graph the system holds (for its ids)")
	seed := fs.Uint64("seed", 1, "seed of the generated graph")
	conc := fs.Int("concurrency", 16, "concurrent clients")
	dur := fs.Duration("duration", 10*time.Second, "measured time")
	warm := fs.Duration("warmup", 2*time.Second, "warm-up time, not measured")
	if err := fs.Parse(args); err != nil {
		return err
	}
	in := inputs(generate(*quads, *seed))
	r, err := Run(ctx, System(*sys), Workload(*w), strings.TrimRight(*base, "/"), in, *conc, *warm, *dur)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s %s c=%d: %d requests, %d errors, %.0f req/s, p50 %v p90 %v p99 %v\n",
		r.System, r.Workload, r.Concurrency, r.Requests, r.Errors, r.Throughput(), r.P50, r.P90, r.P99)
	return nil
}
