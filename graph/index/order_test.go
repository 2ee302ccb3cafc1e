package index_test

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
	"github.com/telcograph/telcograph/graph/storetest"
	"github.com/telcograph/telcograph/schema"
)

// lists is every non-empty list of an index as Linked keeps it, by
// "slug predicate side", and the same lists made the slow way: every edge
// of each entity read, kept when a statement states it and its object is an
// entity, sorted by folded name then slug.
func lists(x *index.Index) (kept, scanned map[string][]string) {
	kept, scanned = map[string][]string{}, map[string][]string{}
	sides := map[index.Side]string{index.SideOut: "out", index.SideIn: "in", index.SideBoth: "both"}
	for _, q := range x.Quads() {
		id, _ := x.Lookup(q.Subject)
		if _, ok := x.Entity(id); !ok {
			continue
		}
		for _, spec := range schema.Relations() {
			p, ok := x.Lookup(spec.Predicate)
			if !ok {
				continue
			}
			want := map[index.Side]map[index.ID]bool{}
			add := func(side index.Side, other index.ID) {
				if want[side] == nil {
					want[side] = map[index.ID]bool{}
				}
				want[side][other] = true
			}
			for _, e := range x.Out(id) {
				if e.P == p && x.Stated(e) && x.Slug(e.O) != "" {
					if spec.Symmetric {
						add(index.SideBoth, e.O)
					} else {
						add(index.SideOut, e.O)
					}
				}
			}
			for _, e := range x.In(id) {
				if e.P == p && x.Stated(e) && x.Slug(e.O) != "" {
					if spec.Symmetric {
						add(index.SideBoth, e.S)
					} else {
						add(index.SideIn, e.S)
					}
				}
			}
			for side, name := range sides {
				k := x.Slug(id) + " " + string(spec.Predicate) + " " + name
				var others []index.ID
				for o := range want[side] {
					others = append(others, o)
				}
				sort.Slice(others, func(i, j int) bool {
					a, b := schema.Fold(x.Name(others[i]))+"\x00"+x.Slug(others[i]), schema.Fold(x.Name(others[j]))+"\x00"+x.Slug(others[j])
					if a != b {
						return a < b
					}
					return others[i] < others[j]
				})
				for _, o := range others {
					scanned[k] = append(scanned[k], x.Slug(o))
				}
				for _, o := range x.Linked(id, p, side) {
					kept[k] = append(kept[k], x.Slug(o))
				}
			}
		}
	}
	return kept, scanned
}

// TestLinkedOrder: through random replacements of the corpus's sources
// (whole, in part, or removed: names, edges and statements come and go, so
// entities are renamed and edges stated and unstated), every list Linked
// keeps is what scanning the entity's edges and sorting them gives.
func TestLinkedOrder(t *testing.T) {
	corpus := storetest.Corpus(t, "../..")
	var sources []quad.IRI
	for src := range corpus {
		sources = append(sources, src)
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i] < sources[j] })
	checked := 0
	for s := uint64(1); s <= 5; s++ {
		rng := rand.New(rand.NewPCG(s, s))
		x := index.New()
		for step := 0; step < 60; step++ {
			src := sources[rng.IntN(len(sources))]
			var qs []quad.Quad
			switch rng.IntN(3) {
			case 0:
				qs = corpus[src]
			case 1:
				for _, q := range corpus[src] {
					if rng.IntN(2) == 0 {
						qs = append(qs, q)
					}
				}
			}
			replace(x, src, qs)
			kept, scanned := lists(x)
			if diff := cmp.Diff(scanned, kept); diff != "" {
				t.Fatalf("seed %d step %d, after replacing %s: lists (-scanned +kept):\n%s", s, step, src, diff)
			}
			checked += len(kept)
		}
	}
	if checked < 100 {
		t.Errorf("only %d lists checked", checked)
	}
}

// TestRenameMovesEntity: an entity renamed by a new source moves to its new
// place in the lists it is in, and back when that source goes.
func TestRenameMovesEntity(t *testing.T) {
	x := index.New()
	corpus := storetest.Corpus(t, "../..")
	for src, qs := range corpus {
		replace(x, src, qs)
	}
	alliance, _ := x.Lookup(schema.EntityIRI("gtaa"))
	p, _ := x.Lookup(schema.MemberOf)
	members := func() []string {
		var out []string
		for _, id := range x.Linked(alliance, p, index.SideIn) {
			out = append(out, x.Slug(id))
		}
		return out
	}
	before := members()
	if len(before) < 3 {
		t.Fatalf("gtaa has %d members; the test needs 3", len(before))
	}
	last := before[len(before)-1]
	rename := quad.IRI("https://example.com/rename")
	// The least name wins, so "AAA" sorts the last member first.
	replace(x, rename, []quad.Quad{{Subject: schema.EntityIRI(last), Predicate: schema.Name, Object: quad.String("AAA"), Label: rename}})
	want := append([]string{last}, before[:len(before)-1]...)
	if diff := cmp.Diff(want, members()); diff != "" {
		t.Errorf("after the rename (-want +got):\n%s", diff)
	}
	replace(x, rename, nil)
	if diff := cmp.Diff(before, members()); diff != "" {
		t.Errorf("after the rename's source went (-want +got):\n%s", diff)
	}
}
