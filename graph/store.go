package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bbolt "go.etcd.io/bbolt"

	"github.com/telcograph/telcograph/schema"
)

// DefaultURL is the store used when none is given: a bolt file in the
// working directory.
const DefaultURL = "bolt://telcograph.db"

// lockTimeout is how long Open waits for a bolt file another process holds.
const lockTimeout = time.Second

// Store is the knowledge graph: a durable Cayley quad store and the serving
// index built from it. Reads are answered from the index; ReplaceSource and
// RemoveSource write the durable store first, one source per transaction,
// then the index. A Store is safe for concurrent use; writes are serialised.
type Store struct {
	url string
	qs  cgraph.QuadStore

	writeMu sync.Mutex // serialises writes

	mu      sync.RWMutex // guards idx and version
	idx     *index
	version uint64

	countsCache countsCache
	reads       atomic.Uint64 // read locks taken, for tests of batching
}

// rlock takes the read lock for one read of the index and counts it.
func (s *Store) rlock() {
	s.reads.Add(1)
	s.mu.RLock()
}

// Reads counts the reads of the index so far: every public read method is
// one read, whatever it returns. Tests use it to show that a page of a
// GraphQL list costs a bounded number of reads.
func (s *Store) Reads() uint64 { return s.reads.Load() }

// Open opens the store named by rawURL: "memory://" or "bolt://PATH" (a
// file, created with its directory when missing). A bolt file that another
// process holds is reported within a second as an error wrapping
// schema.ErrUnavailable. The serving index is built from the store's quads
// before Open returns.
func Open(ctx context.Context, rawURL string) (*Store, error) {
	if rawURL == "" {
		rawURL = DefaultURL
	}
	scheme, rest, ok := strings.Cut(rawURL, "://")
	if !ok {
		return nil, fmt.Errorf("graph: open %q: want memory://, bolt://PATH or postgres://...: %w", rawURL, schema.ErrInvalid)
	}
	var qs cgraph.QuadStore
	var err error
	switch scheme {
	case "memory":
		qs = memstore.New()
	case "bolt":
		qs, err = openBolt(rest)
	default:
		return nil, fmt.Errorf("graph: open %q: unknown store scheme %q (want memory or bolt): %w", redact(rawURL), scheme, schema.ErrInvalid)
	}
	if err != nil {
		return nil, err
	}
	s := &Store{url: rawURL, qs: qs, idx: newIndex()}
	if err := s.rebuild(ctx); err != nil {
		qs.Close()
		return nil, err
	}
	return s, nil
}

// openBolt opens (creating if needed) a Cayley kv store in a bbolt file,
// without the bloom filter Cayley would size for 10^8 quads.
func openBolt(path string) (cgraph.QuadStore, error) {
	if path == "" {
		return nil, fmt.Errorf("graph: open bolt: empty path: %w", schema.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
		}
	}
	db, err := hbbolt.Open(path, &bbolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bbolt.ErrTimeout) {
		return nil, fmt.Errorf("graph: open bolt %s: store in use by another process: %w", path, schema.ErrUnavailable)
	} else if err != nil {
		return nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
	}
	if err := ckv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("graph: init bolt %s: %w", path, err)
	}
	qs, err := ckv.New(db, cgraph.Options{ckv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: open bolt %s: %w", path, err)
	}
	return qs, nil
}

// redact hides a password in a store URL for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// URL is the store URL the Store was opened with, password redacted.
func (s *Store) URL() string { return redact(s.url) }

// rebuild reads every quad of the durable store into a fresh index.
func (s *Store) rebuild(ctx context.Context) error {
	idx := newIndex()
	r := cgraph.NewQuadStoreReader(s.qs)
	defer r.Close()
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return fmt.Errorf("graph: build index: %w", ctx.Err())
		}
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("graph: build index: %w", err)
		}
		idx.add(q)
	}
	s.mu.Lock()
	s.idx = idx
	s.version++
	s.mu.Unlock()
	return nil
}

// Close closes the durable store. The Store must not be used afterwards.
func (s *Store) Close() error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

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
	for _, q := range quads {
		if q.Label != source {
			return Change{}, fmt.Errorf("graph: replace %s: quad %s has another label: %w", source, q.NQuad(), schema.ErrInvalid)
		}
		if !q.IsValid() {
			return Change{}, fmt.Errorf("graph: replace %s: invalid quad %s: %w", source, q.NQuad(), schema.ErrInvalid)
		}
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := ctx.Err(); err != nil {
		return Change{}, fmt.Errorf("graph: replace %s: %w", source, err)
	}

	s.mu.RLock()
	old := s.idx.sourceQuads(source)
	s.mu.RUnlock()

	want := make(map[string]quad.Quad, len(quads))
	for _, q := range quads {
		want[q.NQuad()] = q
	}
	var deltas []cgraph.Delta
	var ch Change
	for _, q := range old {
		k := q.NQuad()
		if _, keep := want[k]; keep {
			delete(want, k)
			continue
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		ch.Removed++
	}
	for _, q := range quads {
		if _, add := want[q.NQuad()]; add {
			delete(want, q.NQuad())
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
			ch.Added++
		}
	}
	if len(deltas) == 0 {
		return ch, nil
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return Change{}, fmt.Errorf("graph: replace %s: %w", source, err)
	}
	s.mu.Lock()
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			s.idx.remove(d.Quad)
		} else {
			s.idx.add(d.Quad)
		}
	}
	s.version++
	s.mu.Unlock()
	return ch, nil
}

// RemoveSource removes every quad of source. Removing a source the store
// does not have is not an error.
func (s *Store) RemoveSource(ctx context.Context, source quad.IRI) (Change, error) {
	return s.ReplaceSource(ctx, source, nil)
}

// Version increases with every change to the index; readers use it to tell
// whether a cached answer is stale.
func (s *Store) Version() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.version
}

// Stats are counts of the serving index.
type Stats struct {
	Quads, Triples, Nodes, Sources int
}

// Stats counts the graph.
func (s *Store) Stats() Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return Stats{Quads: s.idx.quads, Triples: len(s.idx.tri), Nodes: len(s.idx.ids), Sources: len(s.idx.src)}
}

// SourceQuads returns the quads of one source, as the index holds them.
func (s *Store) SourceQuads(source quad.IRI) []quad.Quad {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.idx.sourceQuads(source)
}

// DurableQuads reads every quad of the durable store, bypassing the index;
// tests use it to check that both hold the same graph.
func (s *Store) DurableQuads(ctx context.Context) ([]quad.Quad, error) {
	r := cgraph.NewQuadStoreReader(s.qs)
	defer r.Close()
	var out []quad.Quad
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("graph: read store: %w", err)
		}
		out = append(out, q)
	}
}

// Quads returns every quad of the graph, or only those of one source when
// source is not empty, sorted by their N-Quads form (so exports are
// deterministic).
func (s *Store) Quads(ctx context.Context, source quad.IRI) []quad.Quad {
	s.mu.RLock()
	var out []quad.Quad
	if source != "" {
		out = s.idx.sourceQuads(source)
	} else {
		out = make([]quad.Quad, 0, s.idx.quads)
		for l, ts := range s.idx.src {
			label := s.idx.vals[l]
			for _, t := range ts {
				out = append(out, quad.Quad{Subject: s.idx.vals[t.s], Predicate: s.idx.vals[t.p], Object: s.idx.vals[t.o], Label: label})
			}
		}
	}
	s.mu.RUnlock()
	sort.Sort(quad.ByQuadString(out))
	return out
}
