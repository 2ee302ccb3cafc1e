package server

import (
	"context"
	"fmt"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/loaders"
	"github.com/telcograph/telcograph/schema"
)

// LoadResult counts what loading a facts file did.
type LoadResult struct {
	Articles int
	Facts    int
	graph.Change
}

// LoadFacts writes every article of a validated facts file to the store, one
// article per transaction: each article's quads replace what the store had
// for that article, so loading a file twice changes nothing the second time.
func LoadFacts(ctx context.Context, store *graph.Store, ff *loaders.FactsFile) (LoadResult, error) {
	var res LoadResult
	for _, a := range ff.Articles {
		ch, err := store.ReplaceSource(ctx, a.IRI(), loaders.Quads(a, ff.Register))
		if err != nil {
			return res, fmt.Errorf("load article %s: %w", a.URL, err)
		}
		res.Articles++
		res.Facts += len(a.Facts)
		res.Added += ch.Added
		res.Removed += ch.Removed
	}
	return res, nil
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
