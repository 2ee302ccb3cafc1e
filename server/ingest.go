package server

import (
	"context"
	"fmt"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// LoadResult counts what loading a facts file did.
type LoadResult struct {
	Articles int
	Facts    int
	graph.Change
}

// DefaultBatchQuads is about how many quads LoadFacts writes in one
// transaction.
const DefaultBatchQuads = 10000

// LoadFacts writes every article of a validated facts file to the store:
// each article's quads replace what the store had for that article, so
// loading a file twice changes nothing the second time. Articles are written
// in transactions of about batchQuads quads; an article is never split, so
// each is wholly written or not at all, also when the process dies.
func LoadFacts(ctx context.Context, store *graph.Store, ff *facts.File) (LoadResult, error) {
	return LoadFactsBatched(ctx, store, ff, DefaultBatchQuads)
}

// LoadFactsBatched is LoadFacts with transactions of about batchQuads quads;
// 1 writes each article in a transaction of its own.
func LoadFactsBatched(ctx context.Context, store *graph.Store, ff *facts.File, batchQuads int) (LoadResult, error) {
	var res LoadResult
	var batch []graph.Source
	var nFacts, size int
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ch, err := store.ReplaceSources(ctx, batch)
		if err != nil {
			return fmt.Errorf("load articles %s…: %w", batch[0].IRI, err)
		}
		res.Articles += len(batch)
		res.Facts += nFacts
		res.Added += ch.Added
		res.Removed += ch.Removed
		batch, nFacts, size = batch[:0], 0, 0
		return nil
	}
	for _, a := range ff.Articles {
		qs := facts.Quads(a, ff.Register)
		batch = append(batch, graph.Source{IRI: a.IRI(), Quads: qs})
		nFacts += len(a.Facts)
		if size += len(qs); size >= batchQuads {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	return res, flush()
}

// Register is the entity register of the graph: every typed entity the store
// holds, with its name and aliases. Facts files are checked against it (plus
// any register the caller adds), so a file may use any entity already known.
func Register(ctx context.Context, store *graph.Store) *schema.Register {
	reg := &schema.Register{}
	for _, e := range store.Entities(ctx) {
		reg.Add(e) // entities from the store have one type each; no clash
	}
	return reg
}
