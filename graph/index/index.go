package index

import (
	"github.com/cayleygraph/quad"

	"github.com/telcograph/telcograph/schema"
)

// ID is a value of the graph (an IRI, a literal, a blank node) interned in
// one Index. IDs of values no quad uses any more are reused.
type ID uint32

// Edge is a triple as interned values: subject, predicate, object. An edge
// is in the index while at least one source states it.
type Edge struct{ S, P, O ID }

// Index is the serving index. The zero value is not usable; call New.
type Index struct {
	ids       valueTable               // value key → id, and id → value (values.go)
	free      []ID                     // ids of values no quad uses any more
	refs      []int32                  // id → number of quad positions using it
	term      []term                   // id → vocabulary code (terms.go)
	tri       map[Edge]ID              // edge → its label (source), or its list in multi (labels.go)
	multi     [][]ID                   // labels of the edges several sources state
	multiFree []ID                     // unused lists of multi
	out       adjacency                // subject → edges
	in        adjacency                // object → edges
	src       map[ID][]Edge            // label → edges
	names     *Names                   // schema:name and schema:alternateName, for search
	stmts     *stmtIndex               // statement nodes by the edge they state
	types     map[ID]schema.EntityType // each entity's type, from its rdf:type edge
	orders    *orders                  // the lists the API pages, sorted (order.go)
	reads     reads                    // what reads build, until a write changes it (cache.go)
	quads     int
	compacted int // quads when last compacted
}

// New returns an empty index.
func New() *Index {
	return &Index{
		ids:    newValueTable(),
		tri:    make(map[Edge]ID),
		src:    make(map[ID][]Edge),
		names:  newNames(),
		stmts:  newStmtIndex(),
		types:  make(map[ID]schema.EntityType),
		orders: newOrders(),
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

// Value returns the value of id, nil when no quad uses id. It builds the
// value: reads inside the index use the typed accessors below.
func (x *Index) Value(id ID) quad.Value { return x.ids.value(id) }

// iriOrEmpty is id's IRI, "" when id is not one.
func (x *Index) iriOrEmpty(id ID) quad.IRI {
	iri, _ := x.ids.iri(id)
	return iri
}

// iri is id's IRI, false when id is not an IRI.
func (x *Index) iri(id ID) (quad.IRI, bool) { return x.ids.iri(id) }

// text is id's lexical form if it is a literal (schema.LiteralText).
func (x *Index) text(id ID) (string, bool) { return x.ids.text(id) }

// dateOf reads id as a date, as schema.DateOf reads its value.
func (x *Index) dateOf(id ID) (schema.Date, bool) {
	switch x.ids.kind[id] {
	case kindString, kindTyped:
		d, err := schema.ParseDate(x.ids.arena.str(x.ids.main[id]))
		return d, err == nil
	}
	return schema.Date{}, false
}

// Lookup returns the id of v, and false when no quad uses v.
func (x *Index) Lookup(v quad.Value) (ID, bool) {
	return x.ids.lookup(valueKey(v))
}

func (x *Index) intern(v quad.Value) ID {
	k := valueKey(v)
	if id, ok := x.ids.lookup(k); ok {
		x.refs[id]++
		return id
	}
	var id ID
	if n := len(x.free); n > 0 {
		id = x.free[n-1]
		x.free = x.free[:n-1]
		x.refs[id] = 1
		x.term[id] = termOf(v)
	} else {
		id = ID(len(x.refs))
		x.refs = append(x.refs, 1)
		x.term = append(x.term, termOf(v))
	}
	x.ids.insert(id, v, k)
	return id
}

func (x *Index) release(id ID) {
	x.refs[id]--
	if x.refs[id] == 0 {
		x.forget(id)
		x.ids.remove(id)
		if x.ids.wasteful() {
			x.ids.rebuild()
		}
		x.term[id] = termNone
		x.free = append(x.free, id)
	}
}

// Add inserts q; it reports false when q was already there. Building an
// index from a durable store adds every quad in turn.
func (x *Index) Add(q quad.Quad) bool {
	if l, ok := x.Lookup(q.Label); ok {
		if t, ok := x.find(q); ok && x.hasLabel(t, l) {
			return false
		}
	}
	t := Edge{x.intern(q.Subject), x.intern(q.Predicate), x.intern(q.Object)}
	l := x.intern(q.Label)
	v, ok := x.tri[t]
	x.addEdge(t, l, v, ok)
	return true
}

// Intern returns the id of v and holds one reference to it until Release.
// A build that reads each value once (a bolt store's log) interns it once
// and adds its quads by id with AddEdge, instead of hashing every value of
// every quad twice as Add does.
func (x *Index) Intern(v quad.Value) ID { return x.intern(v) }

// Release drops the reference Intern took; a value no quad uses is gone.
func (x *Index) Release(id ID) { x.release(id) }

// AddEdge inserts the quad of interned values t and label l, as Add does;
// it reports false when the quad was already there.
func (x *Index) AddEdge(t Edge, l ID) bool {
	v, ok := x.tri[t]
	if ok && x.labelIn(v, l) {
		return false
	}
	for _, id := range [...]ID{t.S, t.P, t.O, l} {
		x.refs[id]++
	}
	x.addEdge(t, l, v, ok)
	return true
}

// addEdge inserts the quad (t, l), which is not in the index and whose
// values' references the caller took; v and ok are what tri holds for t.
func (x *Index) addEdge(t Edge, l, v ID, ok bool) {
	if !x.addLabel(t, l, v, ok) {
		x.changed(t)
		x.out.add(t.S, t)
		x.in.add(t.O, t)
		x.names.added(x, t)
		if x.term[t.P] == termName {
			x.rekey(t.S)
		}
		if x.isStmtPart(t.P) {
			x.refile(t.S)
		}
		if x.term[t.P] == termType {
			x.retype(t.S, Edge{})
		}
		x.relist(t)
	}
	x.src[l] = append(x.src[l], t)
	x.quads++
}

// remove deletes q; it reports false when q was not there.
func (x *Index) remove(q quad.Quad) bool {
	t, ok := x.find(q)
	if !ok {
		return false
	}
	l, ok := x.Lookup(q.Label)
	if !ok {
		return false
	}
	found, last := x.dropLabel(t, l)
	if !found {
		return false
	}
	if last {
		x.changed(t)
		x.names.removed(x, t)
		x.out.del(t.S, t)
		x.in.del(t.O, t)
		if x.term[t.P] == termName {
			x.rekey(t.S)
		}
		x.relist(t)
		if x.isStmtPart(t.P) {
			x.refile(t.S)
		}
		if x.term[t.P] == termType {
			x.retype(t.S, t)
		}
	}
	x.src[l] = deleteEdge(x.src[l], t)
	if len(x.src[l]) == 0 {
		delete(x.src, l)
	}
	x.release(t.S)
	x.release(t.P)
	x.release(t.O)
	x.release(l)
	x.quads--
	return true
}

// find returns the edge of q if all its values are interned and it exists.
func (x *Index) find(q quad.Quad) (Edge, bool) {
	s, ok1 := x.Lookup(q.Subject)
	p, ok2 := x.Lookup(q.Predicate)
	o, ok3 := x.Lookup(q.Object)
	if !ok1 || !ok2 || !ok3 {
		return Edge{}, false
	}
	t := Edge{s, p, o}
	_, ok := x.tri[t]
	return t, ok
}

// deleteEdge removes one t from ts without keeping order.
func deleteEdge(ts []Edge, t Edge) []Edge {
	for i := range ts {
		if ts[i] == t {
			ts[i] = ts[len(ts)-1]
			return ts[:len(ts)-1]
		}
	}
	return ts
}

// Out returns the edges whose subject is id, in no particular order.
func (x *Index) Out(id ID) []Edge { return x.out.of(id) }

// In returns the edges whose object is id, in no particular order.
func (x *Index) In(id ID) []Edge { return x.in.of(id) }

// Subjects returns the subjects of the edges (s, p, o) for one p and o.
func (x *Index) Subjects(p, o ID) []ID {
	var out []ID
	for _, t := range x.in.of(o) {
		if t.P == p {
			out = append(out, t.S)
		}
	}
	return out
}
