package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/graph/ingest"
	"github.com/telcograph/telcograph/loaders/facts"
)

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("load", "load [--store URL | --server URL] [--register ALIASES.yaml] FILE...", stdout, stderr)
	storeURL := fs.String("store", graph.DefaultURL, "store URL: memory://, bolt://PATH")
	regFile := fs.String("register", "", "entity register (aliases.yaml format) to check facts against, besides the bundled one and the store's entities")
	remote := addRemoteFlags(fs)
	minConf := fs.Float64("min-confidence", 0, "for raw articles (.txt, .html): load only extracted facts of at least this confidence (0 to 1)")
	batch := fs.Int("batch-quads", ingest.DefaultBatchQuads, "write whole articles in transactions of about this many quads; 1 writes each article on its own")
	autoAccept := fs.Float64("auto-accept", 0, "for raw articles (.txt, .html), whose facts are queued for review: accept those of at least this confidence at once, as machine-accepted (0, the default: none)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErrorf("no input file given (see telcograph load --help)")
	}
	if *batch < 1 {
		return usageErrorf("--batch-quads must be at least 1, not %d", *batch)
	}
	if *minConf < 0 || *minConf > 1 {
		return usageErrorf("--min-confidence must be from 0 to 1, not %g", *minConf)
	}
	if err := checkAutoAccept(*autoAccept); err != nil {
		return err
	}
	if remote.server != "" {
		return remote.load(ctx, fs.Args(), *regFile, stdout)
	}

	// Every input is read and checked before the store is opened, so a
	// missing or malformed file neither creates nor changes a store. Only a
	// store that already exists is opened first, read-only until the checks
	// pass, because a file may use the entities it holds.
	reg, err := bundledRegister()
	if err != nil {
		return err
	}
	if *regFile != "" {
		b, err := os.ReadFile(*regFile)
		if err != nil {
			return err
		}
		extra, err := facts.ReadRegister(*regFile, b)
		if err != nil {
			return err
		}
		if err := reg.Merge(extra); err != nil {
			return err
		}
	}
	var store *graph.Store
	if graph.Exists(*storeURL) {
		if store, err = graph.Open(ctx, *storeURL); err != nil {
			return err
		}
		defer store.Close()
		if err := reg.Merge(ingest.Register(ctx, store)); err != nil {
			return err
		}
	}

	// Read and validate every file before writing anything: a bad file
	// anywhere on the command line loads nothing.
	bar := newProgress(stderr, isTerminal(stderr))
	inputs := make([]ingest.Input, 0, fs.NArg())
	var problems []string
	for _, name := range fs.Args() {
		in, err := ingest.ReadFile(name, ingest.ReadOptions{Register: reg, MinConfidence: *minConf, Progress: bar})
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		inputs = append(inputs, in)
	}
	bar.done()
	if len(problems) > 0 {
		return fmt.Errorf("nothing loaded:\n%s", strings.Join(problems, "\n"))
	}
	if store == nil {
		if store, err = graph.Open(ctx, *storeURL); err != nil {
			return err
		}
		defer store.Close()
	}

	// Raw articles' extracted facts wait for review; curated facts and
	// RDF go straight in, each source written an event of the history.
	actor := localActor()
	var direct []ingest.Input
	queue := curate.New(store)
	queue.AutoAccept = *autoAccept
	var queued curate.IngestResult
	for _, in := range inputs {
		if !in.Raw {
			direct = append(direct, in)
			continue
		}
		res, err := queue.Ingest(ctx, in.Facts, in.Text, actor)
		queued.Sources = append(queued.Sources, res.Sources...)
		queued.Candidates += res.Candidates
		queued.Accepted += res.Accepted
		if err != nil {
			return err
		}
	}
	total, err := ingest.Write(ctx, store, direct, ingest.Options{BatchQuads: *batch, Progress: bar, Actor: actor})
	bar.done()
	if err != nil {
		return err
	}
	st := store.Stats()
	fmt.Fprintf(stdout, "loaded %d files: %d articles, %d facts, %d RDF sources; +%d -%d quads; store now %d quads from %d sources\n",
		fs.NArg(), total.Articles, total.Facts, total.Graphs, total.Added, total.Removed, st.Quads, st.Sources)
	if len(queued.Sources) > 0 {
		fmt.Fprintf(stdout, "queued %d raw articles for review: %d candidates, %d of them accepted\n",
			len(queued.Sources), queued.Candidates, queued.Accepted)
	}
	return nil
}
