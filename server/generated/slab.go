package generated

import (
	"sync"
	"unsafe"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// objectSlab holds, for one operation, what gqlgen allocates per object it
// marshals: the collected fields of a selection set, the object's field set
// and its values, and the object written back (seqlists adds it to the
// executionContext and rewrites the calls). A members page of 50 edges
// marshals some 250 objects; gqlgen made for each a cache key (an FNV hash
// and a byte slice per type name), a FieldSet, a slice of values and the
// returned object, about a third of the page's allocations. Here they come
// from chunks shared by the operation's objects, and collected fields from a
// list of the operation's selection sets.
//
// Root fields resolve concurrently, so the slab takes a lock; within a field
// everything runs on one goroutine and the lock is never contended.
type objectSlab struct {
	mu     sync.Mutex
	mode   uint8 // 0 undecided, slabOn or slabOff: decided at the operation's first object
	fields []collected
	sets   []graphql.FieldSet
	values []graphql.Marshaler
	objs   []fieldValues
}

const (
	slabOn = 1 + iota
	slabOff
)

// Sizes of the chunks; a chunk is full after about this many objects (sets,
// objs) or field values (values). maxCollected bounds the list of selection
// sets; past it, gqlgen's own cache answers.
const (
	setsChunk    = 32
	valuesChunk  = 256
	objsChunk    = 64
	maxCollected = 64
)

// chunk is the size of the next chunk after one of size last: an eighth of
// full the first time, so a question of a few objects does not take a
// members page's chunks, then full.
func chunk(last, full int) int {
	if last == 0 {
		return full / 8
	}
	return full
}

// collected is the fields gqlgen collected from a selection set for a type:
// the set and the type's implementors list, by identity (the generated code
// passes the parsed document's selection sets and package-level lists).
type collected struct {
	sel        *ast.Selection
	nSel       int
	satisfies  *string
	nSatisfies int
	fields     []graphql.CollectedField
}

// collectFields is graphql.CollectFields(oc, sel, satisfies) without the
// cache key gqlgen builds per call: the same selection set and type within
// one operation collect the same fields (gqlgen caches them per operation
// by the same identity).
func (s *objectSlab) collectFields(oc *graphql.OperationContext, sel ast.SelectionSet, satisfies []string) []graphql.CollectedField {
	key := collected{sel: unsafe.SliceData(sel), nSel: len(sel), satisfies: unsafe.SliceData(satisfies), nSatisfies: len(satisfies)}
	s.mu.Lock()
	for i := range s.fields {
		c := &s.fields[i]
		if c.sel == key.sel && c.nSel == key.nSel && c.satisfies == key.satisfies && c.nSatisfies == key.nSatisfies {
			s.mu.Unlock()
			return c.fields
		}
	}
	s.mu.Unlock()
	key.fields = graphql.CollectFields(oc, sel, satisfies)
	s.mu.Lock()
	if len(s.fields) < maxCollected {
		s.fields = append(s.fields, key)
	}
	s.mu.Unlock()
	return key.fields
}

// on reports whether this operation's objects come from the slab: decided
// once per operation, so an object's field set and the object written back
// agree even if a test turns inlineLeaves off between them. The caller
// holds s.mu.
func (s *objectSlab) on() bool {
	if s.mode == 0 {
		s.mode = slabOff
		if inlineLeaves.Load() {
			s.mode = slabOn
		}
	}
	return s.mode == slabOn
}

// fieldSet stands in for graphql.NewFieldSet(fields). An object with a
// deferred field gets gqlgen's own: its deferred groups read the field set's
// fields, which only NewFieldSet can set.
func (s *objectSlab) fieldSet(fields []graphql.CollectedField) *graphql.FieldSet {
	if anyDeferred(fields) {
		return graphql.NewFieldSet(fields)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.on() {
		return graphql.NewFieldSet(fields)
	}
	if len(s.sets) == cap(s.sets) {
		s.sets = make([]graphql.FieldSet, 0, chunk(cap(s.sets), setsChunk))
	}
	s.sets = s.sets[:len(s.sets)+1]
	out := &s.sets[len(s.sets)-1]
	out.Values = s.takeValues(len(fields))
	return out
}

// takeValues returns n zeroed values, from the current chunk when they fit.
// The caller holds s.mu.
func (s *objectSlab) takeValues(n int) []graphql.Marshaler {
	if n > valuesChunk/4 {
		return make([]graphql.Marshaler, n)
	}
	if cap(s.values)-len(s.values) < n {
		s.values = make([]graphql.Marshaler, 0, max(n, chunk(cap(s.values), valuesChunk)))
	}
	at := len(s.values)
	s.values = s.values[:at+n]
	return s.values[at : at+n : at+n]
}

// object stands in for objectFields(out, fields, deferred): the object
// written back, from the slab when its field set came from there.
func (s *objectSlab) object(out *graphql.FieldSet, fields []graphql.CollectedField, deferred int) graphql.Marshaler {
	if deferred > 0 || anyDeferred(fields) {
		return out
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.on() {
		return out
	}
	if len(s.objs) == cap(s.objs) {
		s.objs = make([]fieldValues, 0, chunk(cap(s.objs), objsChunk))
	}
	s.objs = append(s.objs, fieldValues{fields: fields, values: out.Values})
	return &s.objs[len(s.objs)-1]
}

// anyDeferred reports whether one of fields is under @defer.
func anyDeferred(fields []graphql.CollectedField) bool {
	for i := range fields {
		if fields[i].IsDeferred() {
			return true
		}
	}
	return false
}
