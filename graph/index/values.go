package index

import (
	"hash/maphash"
	"strings"
	"unsafe"

	"github.com/cayleygraph/quad"
)

// valueTable finds the id of a value by its key (valueKey) without a Go
// map from strings: a map[string]ID holds a pointer per value for the
// garbage collector to follow on every collection, and a literal's key (its
// N-Quads form) was a string of its own. Here keys live in an arena of
// large byte chunks, each id has its key's place in it and its hash, and an
// open-addressed table of ids (linear probing, deletion by backward shift)
// finds them: nothing in it is a pointer but the chunks. The values
// themselves are kept the same way, as a kind and the places of their
// strings (an IRI's text, a literal's lexical form and its datatype or
// language), and are read through typed accessors (iri, text) that build
// nothing; value builds a quad.Value for the rarer readers that need one.
// A value of another Go type (a native number or time, which no loader of
// ours writes) is kept as it is in other.
type valueTable struct {
	keys  []span   // id → its key in the arena
	hash  []uint32 // id → the low bits of its key's hash
	kind  []valueKind
	main  []span // id → an IRI's or blank node's text, a literal's lexical form
	aux   []span // id → a typed literal's datatype IRI, a language string's tag
	other map[ID]quad.Value
	slots []uint32 // id+1 of the value filed there; 0 is empty
	n     int      // ids in slots
	seed  maphash.Seed
	arena arena
}

// valueKind is the Go type of a value.
type valueKind uint8

const (
	kindNone valueKind = iota
	kindIRI
	kindString
	kindTyped
	kindLang
	kindBNode
	kindOther
)

// span is a string in the arena.
type span struct{ chunk, off, n uint32 }

// arena holds strings in chunks that are never written again once
// filled: a string handed out stays valid after the value is released or
// the arena is rebuilt (its chunk lives as long as anything points into it).
type arena struct {
	chunks     [][]byte
	live, dead int // bytes of keys in use and released (valueTable counts them)
}

const chunkSize = 1 << 20

// add copies s into the arena.
func (a *arena) add(s string) span {
	if len(s) == 0 {
		return span{}
	}
	if len(s) > chunkSize/4 {
		// a large string gets a chunk of its own
		a.chunks = append(a.chunks, []byte(s))
		return span{uint32(len(a.chunks) - 1), 0, uint32(len(s))}
	}
	n := len(a.chunks)
	if n == 0 || cap(a.chunks[n-1])-len(a.chunks[n-1]) < len(s) {
		a.chunks = append(a.chunks, make([]byte, 0, chunkSize))
		n++
	}
	c := a.chunks[n-1]
	off := len(c)
	a.chunks[n-1] = append(c, s...)
	return span{uint32(n - 1), uint32(off), uint32(len(s))}
}

// str is the string of sp, pointing into the arena.
func (a *arena) str(sp span) string {
	if sp.n == 0 {
		return ""
	}
	return unsafe.String(&a.chunks[sp.chunk][sp.off], int(sp.n))
}

func newValueTable() valueTable {
	return valueTable{seed: maphash.MakeSeed(), slots: make([]uint32, 64)}
}

func (t *valueTable) hashOf(k string) uint32 { return uint32(maphash.String(t.seed, k)) }

// lookup returns the id whose key is k.
func (t *valueTable) lookup(k string) (ID, bool) {
	h := t.hashOf(k)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if id := ID(s - 1); t.hash[id] == h && t.arena.str(t.keys[id]) == k {
			return id, true
		}
	}
}

// insert files id, whose value is v, under key k (not in the table).
func (t *valueTable) insert(id ID, v quad.Value, k string) {
	if n := int(id) + 1 - len(t.keys); n > 0 {
		t.keys = append(t.keys, make([]span, n)...)
		t.hash = append(t.hash, make([]uint32, n)...)
		t.kind = append(t.kind, make([]valueKind, n)...)
		t.main = append(t.main, make([]span, n)...)
		t.aux = append(t.aux, make([]span, n)...)
	}
	t.keys[id] = t.arena.add(k)
	t.arena.live += len(k)
	t.hash[id] = t.hashOf(k)
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	t.place(id)
	t.n++
	t.set(id, v, t.keys[id])
}

// place puts id in the first free slot from its hash's.
func (t *valueTable) place(id ID) {
	mask := uint32(len(t.slots) - 1)
	i := t.hash[id] & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint32(id) + 1
}

func (t *valueTable) grow() {
	old := t.slots
	t.slots = make([]uint32, 2*len(old))
	for _, s := range old {
		if s != 0 {
			t.place(ID(s - 1))
		}
	}
}

// remove takes id out of the table; its key's bytes become dead.
func (t *valueTable) remove(id ID) {
	mask := uint32(len(t.slots) - 1)
	i := t.hash[id] & mask
	for t.slots[i] != uint32(id)+1 {
		i = (i + 1) & mask
	}
	// Backward shift: move later entries of the run into the hole when
	// their home slot is not between the hole and them.
	for j := (i + 1) & mask; t.slots[j] != 0; j = (j + 1) & mask {
		home := t.hash[t.slots[j]-1] & mask
		if (j-home)&mask >= (j-i)&mask {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = 0
	t.n--
	t.arena.live -= int(t.keys[id].n)
	t.arena.dead += int(t.keys[id].n)
	t.keys[id] = span{}
	t.kind[id], t.main[id], t.aux[id] = kindNone, span{}, span{}
	delete(t.other, id)
}

// wasteful reports whether released keys take more of the arena than live
// ones (and at least a few chunks): then rebuild.
func (t *valueTable) wasteful() bool {
	return t.arena.dead > t.arena.live && t.arena.dead > 4*chunkSize
}

// rebuild copies the live keys and values into a fresh arena.
func (t *valueTable) rebuild() {
	old := t.arena
	t.arena = arena{}
	for id := range t.keys {
		if t.kind[id] == kindNone {
			continue
		}
		k := t.arena.add(old.str(t.keys[id]))
		t.arena.live += int(k.n)
		t.keys[id] = k
		t.main[id] = t.within(k, old.str(t.main[id]))
		t.aux[id] = t.within(k, old.str(t.aux[id]))
	}
}

// set keeps v as the value of id, whose key is at k: its strings as
// places in the key where they occur in it, else as copies.
func (t *valueTable) set(id ID, v quad.Value, k span) {
	var kind valueKind
	var main, aux string
	switch v := v.(type) {
	case quad.IRI:
		kind, main = kindIRI, string(v)
	case quad.String:
		kind, main = kindString, string(v)
	case quad.TypedString:
		kind, main, aux = kindTyped, string(v.Value), string(v.Type)
	case quad.LangString:
		kind, main, aux = kindLang, string(v.Value), v.Lang
	case quad.BNode:
		kind, main = kindBNode, string(v)
	default:
		kind = kindOther
		if t.other == nil {
			t.other = make(map[ID]quad.Value)
		}
		t.other[id] = v
	}
	t.kind[id], t.main[id], t.aux[id] = kind, t.within(k, main), t.within(k, aux)
}

// within is the place of s in the arena: inside the key at k where it
// occurs there, else a copy (not counted: only keys are, see wasteful).
func (t *valueTable) within(k span, s string) span {
	if s == "" {
		return span{}
	}
	if i := strings.Index(t.arena.str(k), s); i >= 0 {
		return span{k.chunk, k.off + uint32(i), uint32(len(s))}
	}
	return t.arena.add(s)
}

// iri is the IRI of id, false when id is not an IRI.
func (t *valueTable) iri(id ID) (quad.IRI, bool) {
	if int(id) < len(t.kind) && t.kind[id] == kindIRI {
		return quad.IRI(t.arena.str(t.main[id])), true
	}
	return "", false
}

// text is the lexical form of a literal (schema.LiteralText), false when
// id is not a string, typed or language literal.
func (t *valueTable) text(id ID) (string, bool) {
	if int(id) < len(t.kind) {
		switch t.kind[id] {
		case kindString, kindTyped, kindLang:
			return t.arena.str(t.main[id]), true
		}
	}
	return "", false
}

// value builds the quad.Value of id, nil when there is none.
func (t *valueTable) value(id ID) quad.Value {
	if int(id) >= len(t.kind) {
		return nil
	}
	main, aux := t.arena.str(t.main[id]), t.arena.str(t.aux[id])
	switch t.kind[id] {
	case kindIRI:
		return quad.IRI(main)
	case kindString:
		return quad.String(main)
	case kindTyped:
		return quad.TypedString{Value: quad.String(main), Type: quad.IRI(aux)}
	case kindLang:
		return quad.LangString{Value: quad.String(main), Lang: aux}
	case kindBNode:
		return quad.BNode(main)
	case kindOther:
		return t.other[id]
	}
	return nil
}

// key is the key of id (valueKey of its value).
func (t *valueTable) key(id ID) string { return t.arena.str(t.keys[id]) }
