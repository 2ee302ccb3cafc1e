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
	"strings"
	"syscall"
)

const usage = `telcograph: a knowledge graph of who works with whom in telecom AI.

Usage:
  telcograph serve [--addr 127.0.0.1:8080] [--store URL]   serve the API, GraphiQL and the explorer
  telcograph load [--store URL] FILE...                   load article facts (YAML), articles (.txt, .html) or RDF (.nq, .jsonld)
  telcograph extract ARTICLE...                           print article facts extracted from raw articles
  telcograph watch [--feeds FILE] [--dir DIR] [--interval 15m] [--once] [--out DIR]
                                                          extract the facts of new articles from feeds and a folder
  telcograph eval --gold GOLD.yaml [--register R.yaml]    score the extractor against gold facts
  telcograph export [--format nquads|jsonld|graphml|csv|csv-zip] [--table nodes|edges] [--source URL] [--out FILE|DIR]
                                                          export the graph (RDF, GraphML, CSV)
  telcograph gen --quads N [--seed S] [--format nquads|yaml] [--out FILE]
                                                          write a synthetic graph for benchmarks

  telcograph version                                       print the version (also --version)

Store URLs: memory://, bolt://PATH (default bolt://telcograph.db), postgres://... (docs/postgres.md).
Every flag can also be set by the environment variable TELCOGRAPH_<FLAG> (--rate-limit: TELCOGRAPH_RATE_LIMIT).
Run 'telcograph help COMMAND' (or 'telcograph COMMAND --help') for a command's flags.
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
	"watch":   runWatch,
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		fmt.Fprint(stderr, usage)
		return 2
	case args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || (args[0] == "help" && len(args) == 1):
		fmt.Fprint(stdout, usage)
		return 0
	case args[0] == "--version" || args[0] == "-version" || args[0] == "version":
		fmt.Fprintln(stdout, "telcograph "+version().String())
		return 0
	case args[0] == "help":
		// "help CMD" is "CMD --help".
		if _, ok := commands[args[1]]; !ok {
			fmt.Fprintf(stderr, "telcograph help: unknown command %q\n\n%s", args[1], usage)
			return 2
		}
		args = []string{args[1], "--help"}
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

// newFlags makes a flag set for a subcommand. Its --help prints the synopsis
// and every flag Go-style on stdout, each with the environment variable that
// also sets it; a wrong command line is a usage error that says why.
func newFlags(name, synopsis string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse reports errors once, as usage errors
	fs.Usage = func() { printHelp(stdout, fs, synopsis) }
	return fs
}

// printHelp writes a subcommand's help: synopsis, then each flag as
// flag.PrintDefaults does, plus the line naming its environment variable.
func printHelp(w io.Writer, fs *flag.FlagSet, synopsis string) {
	fmt.Fprintf(w, "Usage: telcograph %s\n\nFlags:\n", synopsis)
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s", f.Name)
		if typ != "" {
			fmt.Fprintf(w, " %s", typ)
		}
		fmt.Fprintf(w, "\n    \t%s", strings.ReplaceAll(usage, "\n", "\n    \t"))
		switch f.DefValue {
		case "", "0", "false", "0s", "[]":
		default:
			if typ == "string" {
				fmt.Fprintf(w, " (default %q)", f.DefValue)
			} else {
				fmt.Fprintf(w, " (default %s)", f.DefValue)
			}
		}
		fmt.Fprintf(w, "\n    \tenv %s\n", envName(f.Name))
	})
}

// envName is the environment variable of a flag: TELCOGRAPH_ and the flag's
// name in upper snake case ("rate-limit" is TELCOGRAPH_RATE_LIMIT).
func envName(flagName string) string {
	return "TELCOGRAPH_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parse sets every flag from its environment variable, then from args, which
// win. --help returns flag.ErrHelp after printing the help; anything wrong is
// a usage error that says what.
func parse(fs *flag.FlagSet, args []string) error {
	var bad error
	fs.VisitAll(func(f *flag.Flag) {
		if v, ok := os.LookupEnv(envName(f.Name)); ok && v != "" && bad == nil {
			if err := f.Value.Set(v); err != nil {
				bad = usageErrorf("%s=%q: %v", envName(f.Name), v, err)
			}
		}
	})
	if bad != nil {
		return bad
	}
	help := fs.Usage
	fs.Usage = func() {} // the flag package calls it on errors too
	err := fs.Parse(args)
	fs.Usage = help
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			help()
			return err
		}
		return usageErrorf("%v (see telcograph %s --help)", err, fs.Name())
	}
	return nil
}
