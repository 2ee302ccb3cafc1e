package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad/pquads"
	bbolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// Cayley's kv quad store keeps every value and every quad as a primitive in
// one bucket, "log", keyed by its id (8 bytes, big-endian): a value's
// primitive carries its encoded value, a quad's the ids of its four values,
// and a removed quad stays with its deleted flag set while a value no quad
// uses is removed. Reading a bolt store through Cayley's quad reader costs a
// transaction and five lookups per quad (about 20,000 quads/s at 10^6); the
// index build reads the bucket once instead, in one transaction, decoding
// and interning each value once.

// logBucket is the bucket of Cayley's kv store that holds the primitives.
var logBucket = []byte("log")

// primitive is the part of a Cayley primitive (graph/proto's Primitive) the
// index build reads.
type primitive struct {
	dirs    [4]uint64 // subject, predicate, object, label: value ids, 0 for none
	value   []byte    // the encoded value of a value's primitive; nil for a quad
	deleted bool
}

// Field numbers of graph/proto's Primitive.
const (
	fieldSubject   = 2
	fieldPredicate = 3
	fieldObject    = 4
	fieldLabel     = 5
	fieldValue     = 8
	fieldDeleted   = 9
)

// decodePrimitive reads the fields the build needs from one encoded
// primitive; p.value aliases b.
func decodePrimitive(b []byte) (primitive, error) {
	var p primitive
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return p, protowire.ParseError(n)
		}
		b = b[n:]
		switch {
		case typ == protowire.VarintType && num >= fieldSubject && num <= fieldLabel:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			p.dirs[num-fieldSubject], b = v, b[n:]
		case typ == protowire.VarintType && num == fieldDeleted:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			p.deleted, b = v != 0, b[n:]
		case typ == protowire.BytesType && num == fieldValue:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			p.value, b = v, b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return p, protowire.ParseError(n)
			}
			b = b[n:]
		}
	}
	return p, nil
}

// scanBolt adds every quad of the Cayley kv store in db to idx, reading its
// log bucket once in one read transaction: each value is decoded and
// interned once, when its primitive is read, and each quad is added by the
// ids of its values. A quad whose values come later in the log than it (ids
// are not promised in order) is added once the whole log has been read.
// added is called after each quad.
func scanBolt(ctx context.Context, db *bbolt.DB, idx *index.Index, added func()) error {
	// The log's keys are its primitives' ids, given in order from 1, so the
	// index ids of values are kept in a slice indexed by primitive id (one
	// more than the id, 0 for none yet); a map here cost four lookups a
	// quad.
	var ids []index.ID
	if err := db.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket(logBucket); b != nil {
			if k, _ := b.Cursor().Last(); k != nil {
				if last := idOfKey(k); last < maxDenseLog {
					ids = make([]index.ID, last+1)
				}
			}
		}
		return nil
	}); err != nil {
		return fmt.Errorf("graph: build index: read bolt log: %w", err)
	}
	sparse := map[uint64]index.ID{} // ids past the slice, should a log have them
	set := func(p uint64, id index.ID) {
		if p < uint64(len(ids)) {
			ids[p] = id + 1
			return
		}
		sparse[p] = id
	}
	get := func(p uint64) (index.ID, bool) {
		if p < uint64(len(ids)) {
			return ids[p] - 1, ids[p] != 0
		}
		id, ok := sparse[p]
		return id, ok
	}
	defer func() {
		// Drop the build's own reference to each value; a value no quad
		// uses is then gone from the index.
		for _, id := range ids {
			if id != 0 {
				idx.Release(id - 1)
			}
		}
		for _, id := range sparse {
			idx.Release(id)
		}
	}()
	set(0, idx.Intern(nil)) // no label
	var later [][4]uint64
	add := func(dirs [4]uint64) bool {
		var vs [4]index.ID
		for i, d := range dirs {
			id, ok := get(d)
			if !ok {
				return false
			}
			vs[i] = id
		}
		if idx.AddEdge(index.Edge{S: vs[0], P: vs[1], O: vs[2]}, vs[3]) {
			added()
		}
		return true
	}
	n := 0 // primitives read
	err := db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(logBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			p, err := decodePrimitive(v)
			if err != nil {
				return fmt.Errorf("primitive %x: %w", k, err)
			}
			switch {
			case len(p.value) > 0:
				val, err := pquads.UnmarshalValue(p.value)
				if err != nil {
					return fmt.Errorf("value %x: %w", k, err)
				}
				set(idOfKey(k), idx.Intern(val))
			case p.deleted:
			case !add(p.dirs):
				later = append(later, p.dirs)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: build index: read bolt log: %w", err)
	}
	for _, dirs := range later {
		if !add(dirs) {
			return fmt.Errorf("graph: build index: a quad of the bolt log names a value the log does not have: %w", schema.ErrInvalid)
		}
	}
	return nil
}

// maxDenseLog bounds the primitive ids scanBolt keeps in a slice (4 bytes
// each): a log of more primitives than this keeps the rest in a map.
const maxDenseLog = 1 << 28

// idOfKey is the id of a log key: 8 bytes, big-endian.
func idOfKey(k []byte) uint64 {
	var id uint64
	for _, c := range k {
		id = id<<8 | uint64(c)
	}
	return id
}
