package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/loaders/rdf"
	"github.com/telcograph/telcograph/schema"
	"github.com/telcograph/telcograph/server"
)

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("load", "load [--store URL | --server URL] [--register ALIASES.yaml] FILE...", stdout, stderr)
	storeURL := fs.String("store", graph.DefaultURL, "store URL: memory://, bolt://PATH")
	regFile := fs.String("register", "", "entity register (aliases.yaml format) to check facts against, besides the bundled one and the store's entities")
	remote := addRemoteFlags(fs)
	minConf := fs.Float64("min-confidence", 0, "for raw articles (.txt, .html): load only extracted facts of at least this confidence (0 to 1)")
	batch := fs.Int("batch-quads", server.DefaultBatchQuads, "write whole articles in transactions of about this many quads; 1 writes each article on its own")
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
		if err := reg.Merge(server.Register(ctx, store)); err != nil {
			return err
		}
	}

	// Read and validate every file before writing anything: a bad file
	// anywhere on the command line loads nothing.
	files := make([]*facts.File, 0, fs.NArg())
	var names []string
	var rdfSources []rdf.SourceQuads // N-Quads and JSON-LD, loaded source by source
	var problems []string
	for _, name := range fs.Args() {
		if rdf.HasExtension(name) {
			srcs, err := readRDF(name)
			if err != nil {
				problems = append(problems, err.Error())
			}
			rdfSources = append(rdfSources, srcs...)
			continue
		}
		ff, err := readInput(name, reg, *minConf)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		files = append(files, ff)
		names = append(names, name)
	}
	if len(problems) > 0 {
		return fmt.Errorf("nothing loaded:\n%s", strings.Join(problems, "\n"))
	}
	if store == nil {
		if store, err = graph.Open(ctx, *storeURL); err != nil {
			return err
		}
		defer store.Close()
	}

	bar := newProgress(stderr, len(files)+len(rdfSources))
	var total server.LoadResult
	for i, ff := range files {
		res, err := server.LoadFactsBatched(ctx, store, ff, *batch)
		total.Articles += res.Articles
		total.Facts += res.Facts
		total.Added += res.Added
		total.Removed += res.Removed
		if err != nil {
			bar.done()
			return fmt.Errorf("%s: %w", names[i], err)
		}
		bar.step(names[i])
	}
	ch, err := loadRDF(ctx, store, rdfSources, bar)
	total.Added += ch.Added
	total.Removed += ch.Removed
	bar.done()
	if err != nil {
		return err
	}
	st := store.Stats()
	fmt.Fprintf(stdout, "loaded %d files: %d articles, %d facts, %d RDF sources; +%d -%d quads; store now %d quads from %d sources\n",
		fs.NArg(), total.Articles, total.Facts, len(rdfSources), total.Added, total.Removed, st.Quads, st.Sources)
	return nil
}

// readInput reads one input file into validated facts, by its extension.
// Raw articles (.txt, .html) are extracted first, keeping the facts at or
// above minConfidence; the facts then load like a curated file's.
func readInput(name string, reg *schema.Register, minConfidence float64) (*facts.File, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		return facts.Read(name, b, facts.ReadOptions{Register: reg})
	case ".txt", ".html", ".htm":
		return extract.ExtractArticle(name, b, extract.ExtractOptions{Register: reg, MinConfidence: minConfidence})
	}
	return nil, fmt.Errorf("%s: unknown input type (want .yaml or .yml article facts, .txt or .html articles, .nq or .jsonld RDF)", name)
}

// progress draws a progress bar on stderr when it is a terminal, and nothing
// otherwise (the summary line on stdout says what was done).
type progress struct {
	w     io.Writer
	n, i  int
	drawn bool
}

func newProgress(w io.Writer, n int) *progress {
	p := &progress{w: w, n: n}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.drawn = true
		}
	}
	return p
}

func (p *progress) step(name string) {
	p.i++
	if !p.drawn {
		return
	}
	const width = 30
	fill := width * p.i / max(p.n, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s\x1b[K", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), p.i, p.n, filepath.Base(name))
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
