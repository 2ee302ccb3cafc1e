package index

import (
	"sync/atomic"

	"github.com/telcograph/telcograph/schema"
)

// reads caches what reading a node builds, so that values which do not
// change between requests (a statement's qualifiers and source, its dates
// parsed, its article's title; an entity's name and aliases) are made once,
// not on every request that shows them. A read fills its node's slot on
// first use, which readers sharing the index may do at once (each slot is
// an atomic pointer; two readers at worst build the same value twice); a
// write empties the slot of every node whose out edges it changes, and of
// the statements of an article whose metadata it changes. So a cached read
// may depend only on its node's out edges and, for a statement, on its
// article's.
type reads struct {
	stmts    slots[stmt]
	entities slots[cachedEntity]
}

// cachedEntity is Entity's answer: ok is false for a node that is no
// entity.
type cachedEntity struct {
	e  schema.Entity
	ok bool
}

const slotChunk = 1 << 12

// slots are an atomic pointer per id, in chunks that never move, so a
// write may add chunks while no reader holds the index and readers may fill
// slots while others read.
type slots[T any] struct {
	chunks []*[slotChunk]atomic.Pointer[T]
}

func (s *slots[T]) slot(id ID) *atomic.Pointer[T] {
	c := int(id) / slotChunk
	if c >= len(s.chunks) {
		return nil
	}
	return &s.chunks[c][int(id)%slotChunk]
}

// grow makes room for ids below n; call it under the write lock.
func (s *slots[T]) grow(n int) {
	for len(s.chunks)*slotChunk < n {
		s.chunks = append(s.chunks, new([slotChunk]atomic.Pointer[T]))
	}
}

func (s *slots[T]) clear(id ID) {
	if p := s.slot(id); p != nil {
		p.Store(nil)
	}
}

// get returns the cached value of id, building it when there is none. The
// value is shared: it is not to be changed.
func (s *slots[T]) get(id ID, build func() T) *T {
	p := s.slot(id)
	if p == nil {
		v := build()
		return &v
	}
	if v := p.Load(); v != nil {
		return v
	}
	v := build()
	p.Store(&v)
	return &v
}

// forget empties the cached reads of id, whose value is going.
func (x *Index) forget(id ID) {
	x.reads.stmts.clear(id)
	x.reads.entities.clear(id)
}

// changed empties the cached reads that the edge t, come or gone, may
// change: its subject's, and when t is an article's metadata, the reads of
// the statements drawn from that article.
func (x *Index) changed(t Edge) {
	r := &x.reads
	r.stmts.grow(len(x.refs))
	r.entities.grow(len(x.refs))
	r.stmts.clear(t.S)
	r.entities.clear(t.S)
	switch x.term[t.P] {
	case termHeadline, termPublisher, termDatePublished:
		for _, e := range x.in.of(t.S) {
			if x.term[e.P] == termDerivedFrom {
				r.stmts.clear(e.S)
			}
		}
	}
}
