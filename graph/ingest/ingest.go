package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/graph/curate"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// DefaultBatchQuads is about how many quads Write puts in one transaction
// when Options.BatchQuads is 0.
const DefaultBatchQuads = 10000

// Options control Write.
type Options struct {
	// BatchQuads is about how many quads go into one transaction of an
	// embedded store; a source is never split, so 1 writes each source in
	// a transaction of its own. 0 means DefaultBatchQuads.
	BatchQuads int
	// Progress, when set, hears how many quads have been written (Writing).
	Progress Progress
	// Actor, when set, is who writes: each source the write changes gets
	// a history event (curate.WrittenEvent) by Actor, in the source's
	// transaction. The counts of Result leave the events out.
	Actor string
}

// Progress hears how a load advances. Read and Write call it from their
// own goroutine, in order; it need not be safe for concurrent use.
type Progress interface {
	// Parsing: read of the size bytes of the input name have been parsed.
	Parsing(name string, read, size int)
	// Writing: written of the total quads of the inputs have been written.
	Writing(written, total int)
}

// Result counts what a write did.
type Result struct {
	// Articles counts the articles written (or removed), Graphs the RDF
	// sources; Sources names them all, in input order.
	Articles, Graphs int
	Sources          []quad.IRI
	// Facts counts the facts the articles state (RDF has no facts in this
	// sense: its statements are quads like any other).
	Facts int
	graph.Change
}

func (r *Result) add(o Result) {
	r.Articles += o.Articles
	r.Graphs += o.Graphs
	r.Sources = append(r.Sources, o.Sources...)
	r.Facts += o.Facts
	r.Added += o.Added
	r.Removed += o.Removed
}

// pending is one source on its way into the store.
type pending struct {
	src     schema.Source
	article bool
	facts   int // the article's facts
}

// Write writes the sources of inputs to the store, in order: each source's
// quads replace what the store had from it, so writing an input twice
// changes nothing the second time. Sources go into transactions of about
// opt.BatchQuads quads; a source is never split, so each is wholly written
// or not at all, also when the process dies. When a transaction fails,
// Write stops and returns what the earlier ones wrote with the error.
// A write of at least graph.BulkMinQuads quads into a new bolt store goes
// in bulk (graph.StartBulk): its sources are durable when Write returns,
// not each when its batch is written, and a failure at the end leaves the
// store with the batches flushed before (the store's index follows).
func Write(ctx context.Context, store *graph.Store, inputs []Input, opt Options) (res Result, err error) {
	batchQuads := opt.BatchQuads
	if batchQuads <= 0 {
		batchQuads = DefaultBatchQuads
	}
	var all []pending
	total := 0
	for _, in := range inputs {
		if in.Facts != nil {
			for _, a := range in.Facts.Articles {
				qs := facts.Quads(a, in.Facts.Register)
				all = append(all, pending{src: schema.Source{IRI: a.IRI(), Quads: qs}, article: true, facts: len(a.Facts)})
				total += len(qs)
			}
		}
		for _, s := range in.Sources {
			all = append(all, pending{src: s})
			total += len(s.Quads)
		}
	}

	// A large write into a new bolt store is written in bulk
	// (graph.StartBulk), durable when Write returns.
	if store.StartBulk(total) {
		defer func() {
			if e := store.EndBulk(); e != nil && err == nil {
				err = fmt.Errorf("ingest: write: %w", e)
			}
		}()
	}
	var batch []schema.Source
	var done Result
	size, written, events := 0, 0, 0
	now := time.Now()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ch, err := store.ReplaceSources(ctx, batch)
		res.Added += ch.Added - events
		res.Removed += ch.Removed
		events = 0
		if err != nil {
			return fmt.Errorf("ingest: write %s: %w", what(batch), err)
		}
		res.add(done)
		written += size
		if opt.Progress != nil {
			opt.Progress.Writing(written, total)
		}
		batch, done, size = batch[:0], Result{}, 0
		return nil
	}
	if opt.Progress != nil {
		opt.Progress.Writing(0, total)
	}
	for _, p := range all {
		batch = append(batch, p.src)
		if opt.Actor != "" && changes(store, p.src) {
			e := curate.EventSource(curate.WrittenEvent(opt.Actor, p.src, now))
			batch = append(batch, e)
			events += len(e.Quads)
		}
		done.Sources = append(done.Sources, p.src.IRI)
		done.Facts += p.facts
		if p.article {
			done.Articles++
		} else {
			done.Graphs++
		}
		if size += len(p.src.Quads); size >= batchQuads {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	return res, flush()
}

// changes reports whether writing src changes what the store has from it.
func changes(store *graph.Store, src schema.Source) bool {
	old := store.SourceQuads(src.IRI)
	if len(old) != len(src.Quads) {
		return true
	}
	have := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		have[q] = true
	}
	for _, q := range src.Quads {
		if !have[q] {
			return true
		}
	}
	return false
}

// what names a batch in an error message.
func what(batch []schema.Source) string {
	if len(batch) == 1 {
		return string(batch[0].IRI)
	}
	return fmt.Sprintf("%d sources from %s", len(batch), batch[0].IRI)
}

// Remove removes every quad source produced. A source the store does not
// have is an error wrapping schema.ErrNotFound, and changes nothing.
func Remove(ctx context.Context, store *graph.Store, source quad.IRI) (Result, error) {
	if len(store.SourceQuads(source)) == 0 {
		return Result{}, fmt.Errorf("ingest: remove %s: no such source: %w", source, schema.ErrNotFound)
	}
	ch, err := store.RemoveSource(ctx, source)
	if err != nil {
		return Result{Change: ch}, fmt.Errorf("ingest: remove %s: %w", source, err)
	}
	return Result{Articles: 1, Sources: []quad.IRI{source}, Change: ch}, nil
}

// Register is the entity register of the graph: every typed entity the
// store holds, with its name and aliases. Inputs are checked against it
// (plus any register the caller adds), so a file may use any entity the
// graph already knows.
func Register(ctx context.Context, store *graph.Store) *schema.Register {
	reg := &schema.Register{}
	for _, e := range store.Entities(ctx) {
		reg.Add(e) // entities from the store have one type each; no clash
	}
	return reg
}
