package graph

import (
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// nodeID is an interned quad value.
type nodeID uint32

// triple is a quad without its label, as interned ids.
type triple struct{ s, p, o nodeID }

// index is the serving index: every quad of the durable store, interned, with
// adjacency by subject and by object. It is not safe for concurrent use; Store
// guards it with a read-write lock.
type index struct {
	vals []quad.Value        // id → value
	ids  map[string]nodeID   // value key → id
	free []nodeID            // ids of values no quad uses any more
	refs []int32             // id → number of quad positions using it
	term []term              // id → vocabulary code (terms.go)
	tri  map[triple][]nodeID // triple → labels (sources), in insertion order
	out  map[nodeID][]triple // subject → triples
	in   map[nodeID][]triple // object → triples
	src  map[nodeID][]triple // label → triples
	// names indexes schema:name and schema:alternateName for search.
	names *nameIndex
	// stmts files statement nodes under the edges they state.
	stmts *stmtIndex
	// types is each entity's type, from its rdf:type triple.
	types map[nodeID]schema.EntityType
	quads int
}

func newIndex() *index {
	return &index{
		ids:   make(map[string]nodeID),
		tri:   make(map[triple][]nodeID),
		out:   make(map[nodeID][]triple),
		in:    make(map[nodeID][]triple),
		src:   make(map[nodeID][]triple),
		names: newNameIndex(),
		stmts: newStmtIndex(),
		types: make(map[nodeID]schema.EntityType),
	}
}

// valueKey is the map key of a value: an IRI's own text (no allocation, and
// no clash: an IRI never starts with '"', '<' or '_:' as the N-Quads forms of
// literals and blank nodes do), other values their N-Quads form.
func valueKey(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	}
	return v.String()
}

// lookup returns the id of v, and false when no quad uses v.
func (x *index) lookup(v quad.Value) (nodeID, bool) {
	id, ok := x.ids[valueKey(v)]
	return id, ok
}

func (x *index) intern(v quad.Value) nodeID {
	k := valueKey(v)
	if id, ok := x.ids[k]; ok {
		x.refs[id]++
		return id
	}
	var id nodeID
	if n := len(x.free); n > 0 {
		id = x.free[n-1]
		x.free = x.free[:n-1]
		x.vals[id] = v
		x.refs[id] = 1
		x.term[id] = termOf(v)
	} else {
		id = nodeID(len(x.vals))
		x.vals = append(x.vals, v)
		x.refs = append(x.refs, 1)
		x.term = append(x.term, termOf(v))
	}
	x.ids[k] = id
	return id
}

func (x *index) release(id nodeID) {
	x.refs[id]--
	if x.refs[id] == 0 {
		delete(x.ids, valueKey(x.vals[id]))
		x.vals[id] = nil
		x.term[id] = termNone
		x.free = append(x.free, id)
	}
}

// add inserts q; it reports false when q was already there.
func (x *index) add(q quad.Quad) bool {
	if l, ok := x.lookup(q.Label); ok {
		if t, ok := x.find(q); ok && slices.Contains(x.tri[t], l) {
			return false
		}
	}
	t := triple{x.intern(q.Subject), x.intern(q.Predicate), x.intern(q.Object)}
	l := x.intern(q.Label)
	labels, existed := x.tri[t]
	x.tri[t] = append(labels, l)
	if !existed {
		x.out[t.s] = append(x.out[t.s], t)
		x.in[t.o] = append(x.in[t.o], t)
		x.names.added(x, t)
		if x.isStmtPart(t.p) {
			x.refile(t.s)
		}
		if x.term[t.p] == termType {
			x.retype(t.s, triple{})
		}
	}
	x.src[l] = append(x.src[l], t)
	x.quads++
	return true
}

// remove deletes q; it reports false when q was not there.
func (x *index) remove(q quad.Quad) bool {
	t, ok := x.find(q)
	if !ok {
		return false
	}
	l, ok := x.lookup(q.Label)
	if !ok {
		return false
	}
	labels := x.tri[t]
	i := slices.Index(labels, l)
	if i < 0 {
		return false
	}
	labels = slices.Delete(labels, i, i+1)
	if len(labels) == 0 {
		x.names.removed(x, t)
		delete(x.tri, t)
		x.out[t.s] = deleteTriple(x.out[t.s], t)
		if len(x.out[t.s]) == 0 {
			delete(x.out, t.s)
		}
		x.in[t.o] = deleteTriple(x.in[t.o], t)
		if len(x.in[t.o]) == 0 {
			delete(x.in, t.o)
		}
		if x.isStmtPart(t.p) {
			x.refile(t.s)
		}
		if x.term[t.p] == termType {
			x.retype(t.s, t)
		}
	} else {
		x.tri[t] = labels
	}
	x.src[l] = deleteTriple(x.src[l], t)
	if len(x.src[l]) == 0 {
		delete(x.src, l)
	}
	x.release(t.s)
	x.release(t.p)
	x.release(t.o)
	x.release(l)
	x.quads--
	return true
}

// find returns the triple of q if all its values are interned and it exists.
func (x *index) find(q quad.Quad) (triple, bool) {
	s, ok1 := x.lookup(q.Subject)
	p, ok2 := x.lookup(q.Predicate)
	o, ok3 := x.lookup(q.Object)
	if !ok1 || !ok2 || !ok3 {
		return triple{}, false
	}
	t := triple{s, p, o}
	_, ok := x.tri[t]
	return t, ok
}

// deleteTriple removes one t from ts without keeping order.
func deleteTriple(ts []triple, t triple) []triple {
	for i := range ts {
		if ts[i] == t {
			ts[i] = ts[len(ts)-1]
			return ts[:len(ts)-1]
		}
	}
	return ts
}

// sourceQuads returns the quads whose label is source.
func (x *index) sourceQuads(source quad.Value) []quad.Quad {
	l, ok := x.lookup(source)
	if !ok {
		return nil
	}
	ts := x.src[l]
	out := make([]quad.Quad, len(ts))
	for i, t := range ts {
		out[i] = quad.Quad{Subject: x.vals[t.s], Predicate: x.vals[t.p], Object: x.vals[t.o], Label: source}
	}
	return out
}

// subjects returns the subjects of (p, o).
func (x *index) subjects(p nodeID, o nodeID) []nodeID {
	var out []nodeID
	for _, t := range x.in[o] {
		if t.p == p {
			out = append(out, t.s)
		}
	}
	return out
}

// id returns the id of an IRI, or false when the graph does not use it.
func (x *index) id(iri quad.IRI) (nodeID, bool) { return x.lookup(iri) }

// retype recomputes the entity type of id from its rdf:type triples, not
// counting the one being removed.
func (x *index) retype(id nodeID, except triple) {
	delete(x.types, id)
	for _, t := range x.out[id] {
		if t != except && x.term[t.p] == termType {
			if c, ok := x.vals[t.o].(quad.IRI); ok {
				if typ := schema.TypeOfClass(c); typ != "" {
					x.types[id] = typ
				}
			}
		}
	}
}
