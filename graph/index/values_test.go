package index

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestValueTable interns and releases values at random, the way source
// writes do, and checks every lookup against a Go map, every value handed
// out against the one interned, and that the arena is rebuilt when
// released keys pile up (strings handed out before stay intact).
func TestValueTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	values := func(i int) quad.Value {
		if i%13 == 0 {
			return quad.Int(i) // kept as it is (kindOther)
		}
		switch i % 6 {
		case 0:
			return quad.IRI(fmt.Sprintf("https://example.org/entity/%d", i))
		case 1:
			return quad.String(fmt.Sprintf("name %d with \"quotes\"\nand a line", i))
		case 2:
			return quad.TypedString{Value: quad.String(fmt.Sprint(2000 + i%26)), Type: "http://www.w3.org/2001/XMLSchema#gYear"}
		case 3:
			return quad.LangString{Value: quad.String(fmt.Sprintf("nom %d", i)), Lang: "fr"}
		case 4:
			return quad.BNode(fmt.Sprintf("b%d", i))
		}
		return quad.String(strings.Repeat("long evidence ", 20000+i%7)) // larger than chunkSize/4
	}
	x := New()
	want := map[string]ID{}
	held := map[ID]quad.Value{}
	var early []string // strings handed out before rebuilds
	rebuilt := 0
	for step := 0; step < 60000; step++ {
		v := values(rng.IntN(5000))
		k := valueKey(v)
		if id, ok := want[k]; ok && rng.IntN(2) == 0 {
			dead := x.ids.arena.dead
			x.release(id)
			if x.ids.arena.dead < dead {
				rebuilt++
			}
			if x.refs[id] == 0 {
				delete(want, k)
				delete(held, id)
			}
			continue
		}
		id := x.intern(v)
		if old, ok := want[k]; ok && old != id {
			t.Fatalf("step %d: %s interned as %d, then %d", step, k, old, id)
		}
		want[k] = id
		held[id] = v
		if len(early) < 50 {
			if iri, ok := x.iri(id); ok {
				early = append(early, string(iri))
			}
		}
	}
	for k, id := range want {
		got, ok := x.ids.lookup(k)
		if !ok || got != id {
			t.Fatalf("lookup %q = %d, %v; want %d", k, got, ok, id)
		}
		if x.Value(id) != held[id] {
			t.Fatalf("value %d = %#v, want %#v", id, x.Value(id), held[id])
		}
	}
	if x.ids.n != len(want) {
		t.Fatalf("%d values in the table, want %d", x.ids.n, len(want))
	}
	for i := range 5000 {
		k := valueKey(values(i))
		if _, ok := want[k]; !ok {
			if id, ok := x.ids.lookup(k); ok {
				t.Fatalf("lookup %q = %d after its release", k, id)
			}
		}
	}
	if rebuilt == 0 {
		t.Fatal("the arena was never rebuilt: the test does not reach rebuild")
	}
	for _, s := range early {
		if !strings.HasPrefix(s, "https://example.org/entity/") {
			t.Fatalf("a string handed out before a rebuild changed: %q", s)
		}
	}
}
