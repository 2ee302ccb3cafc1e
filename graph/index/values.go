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
// finds them: nothing in it is a pointer but the chunks. The values the
// index hands out (Index.vals) have their strings in the same arena, so a
// value is one small object (its interface box), not three.
type valueTable struct {
	keys  []span   // id → its key in the arena
	hash  []uint32 // id → the low bits of its key's hash
	slots []uint32 // id+1 of the value filed there; 0 is empty
	n     int      // ids in slots
	seed  maphash.Seed
	arena arena
}

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

// insert files id under key k (not in the table) and returns k as it is
// kept in the arena.
func (t *valueTable) insert(id ID, k string) string {
	if int(id) >= len(t.keys) {
		t.keys = append(t.keys, make([]span, int(id)+1-len(t.keys))...)
		t.hash = append(t.hash, make([]uint32, int(id)+1-len(t.hash))...)
	}
	t.keys[id] = t.arena.add(k)
	t.arena.live += len(k)
	t.hash[id] = t.hashOf(k)
	if (t.n+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	t.place(id)
	t.n++
	return t.arena.str(t.keys[id])
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
}

// wasteful reports whether released keys take more of the arena than live
// ones (and at least a few chunks): then rebuild.
func (t *valueTable) wasteful() bool {
	return t.arena.dead > t.arena.live && t.arena.dead > 4*chunkSize
}

// rebuild copies the live keys into a fresh arena; vals, the values by id,
// are given strings in it (rehome).
func (t *valueTable) rebuild(vals []quad.Value) {
	old := t.arena
	t.arena = arena{}
	for id, v := range vals {
		if v == nil {
			continue
		}
		k := t.arena.add(old.str(t.keys[id]))
		t.arena.live += int(k.n)
		t.keys[id] = k
		vals[id] = t.rehome(v, t.arena.str(k))
	}
}

// rehome returns v with its strings in the arena: substrings of its key
// (kept there already) where they occur in it, else copies.
func (t *valueTable) rehome(v quad.Value, key string) quad.Value {
	in := func(s string) string {
		if s == "" {
			return ""
		}
		if i := strings.Index(key, s); i >= 0 {
			return key[i : i+len(s)]
		}
		return t.arena.str(t.arena.add(s)) // not counted: only keys are (wasteful)
	}
	switch v := v.(type) {
	case quad.IRI:
		return quad.IRI(in(string(v)))
	case quad.String:
		return quad.String(in(string(v)))
	case quad.TypedString:
		return quad.TypedString{Value: quad.String(in(string(v.Value))), Type: quad.IRI(in(string(v.Type)))}
	case quad.LangString:
		return quad.LangString{Value: quad.String(in(string(v.Value))), Lang: in(v.Lang)}
	case quad.BNode:
		return quad.BNode(in(string(v)))
	}
	return v
}
