package curate

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph"
	"github.com/telcograph/telcograph/schema"
)

// Watched records which articles the watcher processed, in the store (one
// reserved label per key under schema.WatchedNS), so that a restarted
// server, or another instance over the same PostgreSQL, does not fetch
// them again. It has the methods of server/watch.History and is safe for
// concurrent use.
type Watched struct{ Store *graph.Store }

func watchedLabel(key string) quad.IRI { return quad.IRI(schema.WatchedNS + hash(key)) }

// Has reports whether any of keys was added.
func (w Watched) Has(_ context.Context, keys ...string) (bool, error) {
	for _, k := range keys {
		if len(w.Store.SourceQuads(watchedLabel(k))) > 0 {
			return true, nil
		}
	}
	return false, nil
}

// Add records keys.
func (w Watched) Add(ctx context.Context, keys ...string) error {
	batch := make([]schema.Source, 0, len(keys))
	for _, k := range keys {
		l := watchedLabel(k)
		batch = append(batch, schema.Source{IRI: l, Quads: []quad.Quad{{Subject: l, Predicate: schema.WatchedKey, Object: quad.String(k), Label: l}}})
	}
	_, err := w.Store.ReplaceSources(ctx, batch)
	return err
}
