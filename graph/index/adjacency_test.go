package index

import (
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestWritesCompact: an index opened empty and filled by source writes
// compacts itself as it doubles, so its edges end up frozen (no slice per
// node), and reads the same as an index built quad by quad.
func TestWritesCompact(t *testing.T) {
	written, built := New(), New()
	for s := range 40 {
		src := quad.IRI(fmt.Sprintf("https://example.org/source/%d", s))
		var qs []quad.Quad
		for i := range 2000 {
			qs = append(qs, quad.Quad{
				Subject:   quad.IRI(fmt.Sprintf("https://example.org/e/%d", (s*2000+i)%9000)),
				Predicate: quad.IRI(fmt.Sprintf("https://example.org/p/%d", i%7)),
				Object:    quad.String(fmt.Sprintf("v%d", i%500)),
				Label:     src,
			})
		}
		written.Apply(written.Diff(src, qs))
		for _, q := range qs {
			built.Add(q)
		}
	}
	if !written.out.frozen() || !written.in.frozen() {
		t.Fatalf("%d quads written, edges not frozen", written.quads)
	}
	if built.out.frozen() {
		t.Fatal("an index built by Add alone froze: the test compares nothing")
	}
	for i := range 9000 {
		v := quad.IRI(fmt.Sprintf("https://example.org/e/%d", i))
		a, _ := written.Lookup(v)
		b, _ := built.Lookup(v)
		if len(written.Out(a)) != len(built.Out(b)) {
			t.Fatalf("%s: %d edges out written, %d built", v, len(written.Out(a)), len(built.Out(b)))
		}
	}
}
