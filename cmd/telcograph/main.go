// Command telcograph serves, loads, extracts and evaluates the telecom-AI
// knowledge graph. This file is wiring only: flags and environment, open the
// store, load, serve.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `telcograph: a knowledge graph of who works with whom in telecom AI.

Usage:
  telcograph serve [--addr 127.0.0.1:8080] [--store URL]   serve the API, GraphiQL and the explorer
  telcograph load [--store URL] FILE...                   load article facts (YAML), articles (.txt, .html) or RDF (.nq, .jsonld)
  telcograph extract ARTICLE...                           print article facts extracted from raw articles
  telcograph eval --gold GOLD.yaml [--register R.yaml]    score the extractor against gold facts
  telcograph export [--format nquads|jsonld|graphml|csv] [--source URL] [--out FILE|DIR]
                                                          export the graph (RDF, GraphML, CSV)
  telcograph gen --quads N [--seed S] [--format nquads|yaml] [--out FILE]
                                                          write a synthetic graph for benchmarks

Store URLs: memory://, bolt://PATH (default bolt://telcograph.db), postgres://... (docs/postgres.md).
Run 'telcograph COMMAND --help' for a command's flags.
`

// commands maps subcommand names to their entry points. Each parses its own
// flags from args and writes to stdout and stderr.
var commands = map[string]func(ctx context.Context, args []string, stdout, stderr io.Writer) error{
	"serve":   runServe,
	"load":    runLoad,
	"export":  runExport,
	"gen":     runGen,
	"extract": func(_ context.Context, args []string, o, e io.Writer) error { return runExtract(args, o, e) },
	"eval":    func(_ context.Context, args []string, o, e io.Writer) error { return runEval(args, o, e) },
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "telcograph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, args[1:], stdout, stderr)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "telcograph %s: %s\n", args[0], ue.msg)
		}
		return 2
	}
	fmt.Fprintf(stderr, "telcograph %s: %v\n", args[0], err)
	return 1
}

// errUsage marks a command line that was wrong; the flag set has already
// said why.
var errUsage = errors.New("usage")

// usageError is a wrong command line with the reason, printed once by run.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }
func (e usageError) Unwrap() error { return errUsage }

// usageErrorf makes a usage error that says what is wrong.
func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// newFlags makes a flag set for a subcommand whose --help prints its synopsis.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: telcograph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, mapping a bad command line to errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// env returns the environment variable name's value, or def.
func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
