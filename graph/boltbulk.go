package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bbolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// The bulk writer fills a NEW bolt store (one no id was ever given in)
// without Cayley's ApplyDeltas: it keeps each value's id and reference
// count in memory instead of looking them up, skips the per-quad existence
// lookup (a write's deltas are the serving index's diff, so a quad the
// store has is never among them; only a quad named twice in one write is
// dropped, as Cayley drops it), applies each write's deltas to that model exactly as Cayley's kv
// ApplyDeltas would (graph/kv/indexing.go: per call, the new values sorted by
// hash take the next ids, then the new quads in delta order; a value's
// reference count grows by every add delta naming it, duplicates included;
// each quad id is appended to its "sp" and "ops" index entries; meta
// "horizon" and "size"), and writes the resulting keys of many writes at
// once, each bucket's keys in sorted order, in one bolt transaction. Only
// the primitives' Timestamp differs from what Cayley would have written (it
// is the time of the call either way). The result is a store Cayley's own
// code reads and writes on as if it had written it (boltbulk_test.go).
//
// A bulk write serves adds only: the first write that removes a quad
// flushes what is pending, ends the bulk write and goes through
// ApplyDeltas, as do all writes after it.

// bulkFlushQuads is how many buffered quads make a write flush them; the
// rest are written when the bulk write ends.
var bulkFlushQuads = 1 << 21

// BulkMinQuads is how many quads a write must be expected to hold for
// StartBulk to start a bulk write.
const BulkMinQuads = 50_000

// envBulk, set to "off", keeps every write on Cayley's ApplyDeltas.
const envBulk = "TELCOGRAPH_BOLT_BULK"

// Index buckets of Cayley's DefaultQuadIndexes: subject-predicate and
// object-predicate-subject.
var (
	bulkIndexBuckets = [2][]byte{{'s', 'p'}, {'o', 'p', 's'}}
	metaBucketName   = []byte("meta")
)

// indexEntry is a quad id to append to an index entry: the key's value
// ids (0 past the index's directions).
type indexEntry struct {
	key [3]uint64
	id  uint64
}

type bulkNode struct {
	id    uint64
	refs  int64
	dirty bool // refs changed since the last flush
}

// boltBulk is the model of a store being written in bulk and what is
// pending for it.
type boltBulk struct {
	horizon uint64                      // the last id given
	size    int64                       // quads
	nodes   map[refs.ValueHash]bulkNode // values, not pointers: none for the GC to follow

	pending int              // quads since the last flush
	newVals []refs.ValueHash // values given ids since the last flush
	dirty   []refs.ValueHash // values whose refs changed since the last flush
	logIDs  []uint64         // ids of the pending primitives, ascending
	logEnds []int            // where each ends in logBuf
	logBuf  []byte           // the encoded primitives (no pointers for the GC to follow)
	index   [2][]indexEntry  // index entries to append, in quad id order
	now     func() int64     // a primitive's Timestamp
	flushed bool             // index entries were written before
}

func newBoltBulk() *boltBulk {
	b := &boltBulk{nodes: map[refs.ValueHash]bulkNode{}, now: func() int64 { return time.Now().UnixNano() }}
	b.reset()
	return b
}

func (b *boltBulk) reset() {
	b.pending, b.newVals, b.dirty = 0, nil, nil
	b.logIDs, b.logEnds, b.logBuf = nil, nil, nil
	b.index = [2][]indexEntry{}
}

// StartBulk starts a bulk write into a bolt store no id was ever given in,
// when quads (the quads the caller means to write) is at least BulkMinQuads
// and TELCOGRAPH_BOLT_BULK is not "off". It reports whether it started one;
// then the caller must call EndBulk, and until then a write returns before
// its quads are durable (they are in the index at once). Each source is
// still wholly written or not at all.
func (s *Store) StartBulk(quads int) bool {
	if quads < BulkMinQuads || os.Getenv(envBulk) == "off" {
		return false
	}
	return s.startBulk()
}

func (s *Store) startBulk() bool {
	if s.bolt == nil {
		return false
	}
	s.writeSem <- struct{}{}
	defer s.unlockWrites()
	if s.bulk != nil {
		return true
	}
	fresh := false
	err := s.bolt.View(func(tx *bbolt.Tx) error {
		m := tx.Bucket(metaBucketName)
		fresh = m != nil && m.Get([]byte("horizon")) == nil
		return nil
	})
	if err != nil || !fresh {
		return false
	}
	s.bulk = newBoltBulk()
	return true
}

// EndBulk writes what a bulk write has pending and ends it. When the write
// fails, the index is built again from the store, which then has the
// writes flushed before.
func (s *Store) EndBulk() error {
	s.writeSem <- struct{}{}
	defer s.unlockWrites()
	return s.endBulk()
}

// endBulk is EndBulk under the write lock.
func (s *Store) endBulk() error {
	if s.bulk == nil {
		return nil
	}
	err := s.flushBulk()
	s.bulk = nil
	return err
}

// flushBulk writes what is pending; the caller holds the write lock. On
// failure the serving index is rebuilt from the store and bulk ends.
func (s *Store) flushBulk() error {
	if err := s.writeBulk(); err != nil {
		return s.failBulk(err)
	}
	return nil
}

// writeBulk writes what is pending, leaving the serving index alone.
func (s *Store) writeBulk() error {
	if s.bulk.pending == 0 && len(s.bulk.newVals) == 0 {
		return nil
	}
	s.bulk.sortIndex()
	err := s.bolt.Update(s.bulk.write)
	s.bulk.reset()
	s.bulk.flushed = true
	if err != nil {
		return fmt.Errorf("graph: bulk write to bolt: %w", err)
	}
	return nil
}

// failBulk ends a failed bulk write: the serving index is built again from
// the store, which has the flushes before.
func (s *Store) failBulk(err error) error {
	s.bulk = nil
	if rerr := s.rebuild(context.Background()); rerr != nil {
		return fmt.Errorf("%w; and rebuilding the index: %v", err, rerr)
	}
	return err
}

// bulkStep applies deltas, adds only, as Cayley's ApplyDeltas with
// IgnoreDup would, and writes what is pending when enough is. It touches
// neither the serving index nor the Store's fields, only the bulk write
// and bolt, so it may run while the index takes the same deltas; the
// caller holds the write lock and calls failBulk when it fails (a value
// Cayley cannot encode leaves the model half changed).
func (s *Store) bulkStep(deltas []cgraph.Delta) error {
	if err := s.bulk.apply(deltas); err != nil {
		return err
	}
	if s.bulk.pending >= bulkFlushQuads {
		return s.writeBulk()
	}
	return nil
}

// apply is one ApplyDeltas call of adds (graph/log.SplitDeltas, then
// applyAddDeltas).
func (b *boltBulk) apply(deltas []cgraph.Delta) error {
	type inc struct {
		val quad.Value
		n   int64
	}
	incs := make(map[refs.ValueHash]*inc, len(deltas))
	hashes := make([][4]refs.ValueHash, len(deltas))
	iris := make(map[quad.IRI]refs.ValueHash) // most values are IRIs named often
	for i, d := range deltas {
		for j, dir := range quad.Directions {
			v := d.Quad.Get(dir)
			if v == nil {
				continue
			}
			var h refs.ValueHash
			if iri, ok := v.(quad.IRI); ok {
				var seen bool
				if h, seen = iris[iri]; !seen {
					h = refs.HashOf(v)
					iris[iri] = h
				}
			} else {
				h = refs.HashOf(v)
			}
			hashes[i][j] = h
			n := incs[h]
			if n == nil {
				n = &inc{val: v}
				incs[h] = n
			}
			n.n++
		}
	}
	// New values take ids in the order of their hashes.
	var fresh []refs.ValueHash
	for h, n := range incs {
		if node, ok := b.nodes[h]; ok {
			node.refs += n.n
			if !node.dirty {
				node.dirty = true
				b.dirty = append(b.dirty, h)
			}
			b.nodes[h] = node
			continue
		}
		fresh = append(fresh, h)
	}
	slices.SortFunc(fresh, func(x, y refs.ValueHash) int { return bytes.Compare(x[:], y[:]) })
	for _, h := range fresh {
		b.horizon++
		b.nodes[h] = bulkNode{id: b.horizon, refs: incs[h].n, dirty: true}
		b.newVals = append(b.newVals, h)
		b.dirty = append(b.dirty, h)
		val, err := pquads.MarshalValue(incs[h].val)
		if err != nil {
			return fmt.Errorf("graph: bulk: value %v: %w", incs[h].val, err)
		}
		if err := b.appendLog(&cproto.Primitive{ID: b.horizon, Value: val, Timestamp: b.now()}); err != nil {
			return err
		}
	}
	// Quads: a quad the store has cannot be among the deltas (they are the
	// index's diff, and the index holds what the store holds), so only a
	// quad named twice in one call is skipped, as Cayley's qadd does.
	seen := make(map[[4]uint64]struct{}, len(deltas))
	n := 0
	for i := range deltas {
		var ids [4]uint64
		for j := range quad.Directions {
			if node, ok := b.nodes[hashes[i][j]]; hashes[i][j] != (refs.ValueHash{}) && ok {
				ids[j] = node.id
			}
		}
		if _, ok := seen[ids]; ok {
			continue
		}
		seen[ids] = struct{}{}
		b.horizon++
		n++
		p := &cproto.Primitive{ID: b.horizon, Subject: ids[0], Predicate: ids[1], Object: ids[2], Label: ids[3], Timestamp: b.now()}
		sp, ops := [3]uint64{ids[0], ids[1]}, [3]uint64{ids[2], ids[1], ids[0]}
		b.index[0] = append(b.index[0], indexEntry{sp, b.horizon})
		b.index[1] = append(b.index[1], indexEntry{ops, b.horizon})
		if err := b.appendLog(p); err != nil {
			return err
		}
	}
	b.size += int64(n)
	b.pending += n
	return nil
}

func (b *boltBulk) appendLog(p *cproto.Primitive) error {
	var err error
	if b.logBuf, err = (proto.MarshalOptions{}).MarshalAppend(b.logBuf, p); err != nil {
		return fmt.Errorf("graph: bulk: marshal primitive: %w", err)
	}
	b.logIDs = append(b.logIDs, p.ID)
	b.logEnds = append(b.logEnds, len(b.logBuf))
	return nil
}

// write puts what is pending into tx, each bucket's keys in sorted order.
func (b *boltBulk) write(tx *bbolt.Tx) error {
	logB, err := tx.CreateBucketIfNotExists(logBucket)
	if err != nil {
		return err
	}
	logB.FillPercent = 0.95 // ids only grow
	start := 0
	var k [8]byte // Put copies keys (values it keeps until the commit)
	for i, id := range b.logIDs {
		binary.BigEndian.PutUint64(k[:], id)
		if err := logB.Put(k[:], b.logBuf[start:b.logEnds[i]]); err != nil {
			return err
		}
		start = b.logEnds[i]
	}
	meta, err := tx.CreateBucketIfNotExists(metaBucketName)
	if err != nil {
		return err
	}
	le := func(v int64) []byte {
		buf := make([]byte, 8)
		binary.LittleEndian.PutUint64(buf, uint64(v))
		return buf
	}
	if b.horizon > 0 {
		if err := meta.Put([]byte("horizon"), le(int64(b.horizon))); err != nil {
			return err
		}
	}
	if b.size > 0 {
		if err := meta.Put([]byte("size"), le(b.size)); err != nil {
			return err
		}
	}
	// Values: "v"+hash[:2] -> hash -> uvarint id; "n"+hash[:2] -> hash ->
	// uvarint refs. Sorting by hash sorts by bucket too. The root's
	// buckets are created in the order of their names ("n..", "ops",
	// "sp", "v.."): a bucket created before others moves them all.
	slices.SortFunc(b.newVals, func(x, y refs.ValueHash) int { return bytes.Compare(x[:], y[:]) })
	slices.SortFunc(b.dirty, func(x, y refs.ValueHash) int { return bytes.Compare(x[:], y[:]) })
	if err := b.putByHash(tx, 'n', b.dirty, true); err != nil {
		return err
	}
	for i := len(bulkIndexBuckets) - 1; i >= 0; i-- {
		if err := b.writeIndex(tx, i); err != nil {
			return err
		}
	}
	return b.putByHash(tx, 'v', b.newVals, false)
}

// sortIndex sorts the pending index entries by key, each key's quad ids
// ascending as Cayley appends them, the indexes at once.
func (b *boltBulk) sortIndex() {
	var wg sync.WaitGroup
	for i := range b.index {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slices.SortFunc(b.index[i], func(x, y indexEntry) int {
				if c := slices.Compare(x.key[:], y.key[:]); c != 0 {
					return c
				}
				return cmp.Compare(x.id, y.id)
			})
		}()
	}
	wg.Wait()
}

// writeIndex appends the pending quad ids to index i's entries.
func (b *boltBulk) writeIndex(tx *bbolt.Tx, i int) error {
	ib, err := tx.CreateBucketIfNotExists(bulkIndexBuckets[i])
	if err != nil {
		return err
	}
	ib.FillPercent = 0.95 // keys come in order
	es := b.index[i]      // sorted (sortIndex)
	n := 8 * len(bulkIndexBuckets[i])
	var ids []uint64
	key := make([]byte, n) // Put copies keys
	for j := 0; j < len(es); {
		k := es[j].key
		ids = ids[:0]
		for ; j < len(es) && es[j].key == k; j++ {
			ids = append(ids, es[j].id)
		}
		for d := 0; d < n/8; d++ {
			binary.BigEndian.PutUint64(key[8*d:], k[d])
		}
		var old []byte
		if b.flushed {
			old = ib.Get(key)
		}
		if err := ib.Put(key, appendUvarints(old, ids)); err != nil {
			return err
		}
	}
	return nil
}

// putByHash puts each value of hashes under prefix+hash[:2], hash: its
// reference count (marking it clean) when counts is set, else its id.
func (b *boltBulk) putByHash(tx *bbolt.Tx, prefix byte, hashes []refs.ValueHash, counts bool) error {
	var bk *bbolt.Bucket
	var cur [2]byte
	// Put copies keys but keeps values until the commit: one buffer, never
	// grown, holds them all.
	vals := make([]byte, 0, binary.MaxVarintLen64*len(hashes))
	for i, h := range hashes {
		if i == 0 || h[0] != cur[0] || h[1] != cur[1] {
			var err error
			if bk, err = tx.CreateBucketIfNotExists([]byte{prefix, h[0], h[1]}); err != nil {
				return err
			}
			cur = [2]byte{h[0], h[1]}
		}
		at := len(vals)
		n := b.nodes[h]
		if counts {
			vals = binary.AppendUvarint(vals, uint64(n.refs))
			n.dirty = false
			b.nodes[h] = n
		} else {
			vals = binary.AppendUvarint(vals, n.id)
		}
		if err := bk.Put(h[:], vals[at:len(vals):len(vals)]); err != nil {
			return err
		}
	}
	return nil
}

// appendUvarints is old (copied) followed by ids as uvarints: Cayley's
// index entry.
func appendUvarints(old []byte, ids []uint64) []byte {
	out := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(ids))
	copy(out, old)
	for _, id := range ids {
		out = binary.AppendUvarint(out, id)
	}
	return out
}
