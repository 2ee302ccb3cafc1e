package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad/nquads"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/synth"
)

// runGen writes a synthetic graph for benchmarks and load tests: N-Quads by
// default, or article-facts YAML (with its entity register) for the load
// path.
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("gen", "gen --quads N [--seed S] [--format nquads|yaml] [--out FILE]", stdout, stderr)
	n := fs.Int("quads", 10000, "about how many quads the graph has")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same graph")
	format := fs.String("format", "nquads", "nquads, or yaml (article facts with an entities: register)")
	out := fs.String("out", "", "file to write (default stdout)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *n <= 0 {
		return usageErrorf("--quads must be at least 1, not %d", *n)
	}
	if *format != "nquads" && *format != "yaml" {
		return usageErrorf("unknown format %q (want nquads or yaml)", *format)
	}
	if fs.NArg() > 0 {
		return usageErrorf("gen takes no arguments, got %q", fs.Args())
	}
	g := synth.Generate(synth.Options{Quads: *n, Seed: *seed})
	w := stdout
	var f *os.File
	if *out != "" {
		var err error
		if f, err = os.Create(*out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	if *format == "yaml" {
		ff := &facts.File{Articles: g.Articles, Register: g.Register}
		for _, e := range g.Register.Entities() {
			// The file carries its own register, so it loads anywhere.
			ff.Discovered = append(ff.Discovered, facts.Discovered{Entity: e, Cue: "synthetic"})
		}
		if err := facts.Write(bw, ff); err != nil {
			return err
		}
	} else {
		nw := nquads.NewWriter(bw)
		if _, err := nw.WriteQuads(g.QuadsOf()); err != nil {
			return err
		}
		if err := nw.Close(); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s: %d articles, %d quads\n", *out, len(g.Articles), g.Quads)
	}
	return ctx.Err()
}
