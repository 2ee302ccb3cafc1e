package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Change counts what a write did.
type Change struct {
	Added, Removed int
}

// ReplaceSource makes quads the whole content of source: quads the source
// had and quads does not are removed, new ones added, in one transaction of
// the durable store and then in the index. Every quad must carry source as
// its label. Replacing a source with the quads it has changes nothing;
// replacing it with none removes it. Another source's copy of the same
// triple is left alone.
func (s *Store) ReplaceSource(ctx context.Context, source quad.IRI, quads []quad.Quad) (Change, error) {
	return s.ReplaceSources(ctx, []schema.Source{{IRI: source, Quads: quads}})
}

// RemoveSource removes every quad of source. Removing a source the store
// does not have is not an error.
func (s *Store) RemoveSource(ctx context.Context, source quad.IRI) (Change, error) {
	return s.ReplaceSource(ctx, source, nil)
}

// ReplaceSources replaces several sources as ReplaceSource does, in one
// transaction of an embedded store (memory, bolt), so a file of many short
// articles is written at the rate of a bulk load; each source is still
// wholly written or not at all. Over PostgreSQL each source is its own
// transaction. A source named twice takes its last quads.
func (s *Store) ReplaceSources(ctx context.Context, batch []schema.Source) (Change, error) {
	for _, src := range batch {
		for _, q := range src.Quads {
			if q.Label != src.IRI {
				return Change{}, fmt.Errorf("graph: replace %s: quad %s has another label: %w", src.IRI, q.NQuad(), schema.ErrInvalid)
			}
			if !q.IsValid() {
				return Change{}, fmt.Errorf("graph: replace %s: invalid quad %s: %w", src.IRI, q.NQuad(), schema.ErrInvalid)
			}
		}
	}
	if s.pg != nil {
		var total Change
		for _, src := range batch {
			ch, err := s.replacePostgres(ctx, src.IRI, src.Quads)
			total.Added += ch.Added
			total.Removed += ch.Removed
			if err != nil {
				return total, err
			}
		}
		return total, nil
	}
	what := "graph: replace " + string(firstIRI(batch))
	if len(batch) > 1 {
		what = fmt.Sprintf("graph: replace %d sources", len(batch))
	}
	if err := s.lockWrites(ctx); err != nil {
		return Change{}, fmt.Errorf("%s: %w", what, err)
	}
	defer s.unlockWrites()
	if err := ctx.Err(); err != nil {
		return Change{}, fmt.Errorf("%s: %w", what, err)
	}

	last := make(map[quad.IRI]int, len(batch))
	for i, src := range batch {
		last[src.IRI] = i
	}
	// The write lock keeps the index still between the diffs and applying
	// them: only writers change it.
	var ds []index.Delta
	var changed []quad.IRI
	var deltas []cgraph.Delta
	var ch Change
	s.mu.RLock()
	for i, src := range batch {
		if last[src.IRI] != i {
			continue
		}
		d := s.idx.Diff(src.IRI, src.Quads)
		if len(d.Remove)+len(d.Add) == 0 {
			continue
		}
		ds = append(ds, d)
		changed = append(changed, src.IRI)
		for _, q := range d.Remove {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		for _, q := range d.Add {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		ch.Added += len(d.Add)
		ch.Removed += len(d.Remove)
	}
	s.mu.RUnlock()
	if len(deltas) == 0 {
		return ch, nil
	}
	if s.bulk != nil && ch.Removed > 0 {
		if err := s.endBulk(); err != nil {
			return Change{}, fmt.Errorf("%s: %w", what, err)
		}
	}
	// A bulk write's model and the serving index are apart: the one is
	// built while the other is, and a failed bulk write then builds the
	// index again from the store (failBulk).
	var bulk chan error
	if s.bulk != nil {
		bulk = make(chan error, 1)
		go func() { bulk <- s.bulkStep(deltas) }()
	} else if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return Change{}, fmt.Errorf("%s: %w", what, err)
	}
	s.mu.Lock()
	for _, d := range ds {
		s.idx.Apply(d)
	}
	s.syncText(changed...)
	s.version++
	s.mu.Unlock()
	if bulk != nil {
		if err := <-bulk; err != nil {
			return Change{}, fmt.Errorf("%s: %w", what, s.failBulk(err))
		}
	}
	return ch, nil
}

func firstIRI(batch []schema.Source) quad.IRI {
	if len(batch) == 0 {
		return ""
	}
	return batch[0].IRI
}

// setSource makes quads the content of source in the index, as a write of
// this or another instance left it in a PostgreSQL store. The caller holds
// the write lock.
func (s *Store) setSource(source quad.IRI, quads []quad.Quad) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.idx.Diff(source, quads)
	if len(d.Remove)+len(d.Add) == 0 {
		return
	}
	s.idx.Apply(d)
	s.syncText(source)
	s.version++
}
