package index_test

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/schema"
)

// TestSharedEdge: an edge three sources state stays while any of them does,
// whichever goes first, and comes back when one states it again.
func TestSharedEdge(t *testing.T) {
	srcs := []quad.IRI{"https://example.com/a", "https://example.com/b", "https://example.com/c"}
	stated := func(src quad.IRI) []quad.Quad {
		return []quad.Quad{{Subject: schema.EntityIRI("acme"), Predicate: schema.RDFType, Object: schema.ClassCompany, Label: src}}
	}
	type state struct {
		Triples int
		By      []bool // whether each source has the quad
	}
	look := func(x *index.Index) state {
		st := state{Triples: x.Stats().Triples}
		for _, src := range srcs {
			st.By = append(st.By, len(x.SourceQuads(src)) == 1)
		}
		return st
	}
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {1, 2, 0}} {
		x := index.New()
		for _, src := range srcs {
			replace(x, src, stated(src))
		}
		want := state{Triples: 1, By: []bool{true, true, true}}
		if diff := cmp.Diff(want, look(x)); diff != "" {
			t.Fatalf("%v: all three (-want +got):\n%s", order, diff)
		}
		for n, i := range order {
			replace(x, srcs[i], nil)
			want.By[i] = false
			if n == len(order)-1 {
				want.Triples = 0
			}
			if diff := cmp.Diff(want, look(x)); diff != "" {
				t.Fatalf("%v: after %d went (-want +got):\n%s", order, i, diff)
			}
		}
		replace(x, srcs[order[1]], stated(srcs[order[1]]))
		want = state{Triples: 1, By: []bool{false, false, false}}
		want.By[order[1]] = true
		if diff := cmp.Diff(want, look(x)); diff != "" {
			t.Fatalf("%v: back (-want +got):\n%s", order, diff)
		}
		if _, ok := x.Entity(mustLookup(t, x, schema.EntityIRI("acme"))); !ok {
			t.Errorf("%v: acme is no entity once stated again", order)
		}
	}
}

func mustLookup(t *testing.T, x *index.Index, v quad.Value) index.ID {
	t.Helper()
	id, ok := x.Lookup(v)
	if !ok {
		t.Fatalf("%v is not in the index", v)
	}
	return id
}
