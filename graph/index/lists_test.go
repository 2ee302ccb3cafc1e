package index

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSmallLists runs random adds, removals and replacements against a
// map of slices; keys move between one value and many and back.
func TestSmallLists(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	l := newSmallLists[int, ID]()
	want := map[int][]ID{}
	for step := range 20000 {
		k := rng.IntN(300)
		switch rng.IntN(4) {
		case 0, 1:
			v := ID(rng.IntN(1000))
			l.add(k, v)
			want[k] = append(want[k], v)
		case 2: // remove one value in place, as the index does
			vs := l.get(k)
			if len(vs) == 0 {
				continue
			}
			i := rng.IntN(len(vs))
			l.put(k, append(vs[:i], vs[i+1:]...))
			want[k] = slices.Delete(want[k], i, i+1)
			if len(want[k]) == 0 {
				delete(want, k)
			}
		case 3:
			vs := make([]ID, rng.IntN(3))
			for i := range vs {
				vs[i] = ID(rng.IntN(1000))
			}
			l.put(k, vs)
			if len(vs) == 0 {
				delete(want, k)
			} else {
				want[k] = slices.Clone(vs)
			}
		}
		if step%1000 == 999 {
			l.clip()
		}
		for k := range 300 {
			if got := l.get(k); !slices.Equal(got, want[k]) || l.has(k) != (len(want[k]) > 0) {
				t.Fatalf("step %d: key %d = %v (has %v), want %v", step, k, got, l.has(k), want[k])
			}
		}
	}
	if l.len() != len(want) {
		t.Fatalf("%d keys, want %d", l.len(), len(want))
	}
	if len(l.one)-len(l.oneFree)+len(l.many)-len(l.manyFree) != len(want) {
		t.Fatalf("slots in use %d, keys %d: a slot leaked", len(l.one)-len(l.oneFree)+len(l.many)-len(l.manyFree), len(want))
	}
}
