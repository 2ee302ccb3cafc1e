package rdf

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// TestGroupBySourceOrder checks groupBySource against what it replaced:
// sort.Sort(quad.ByQuadString), then each distinct quad under its label,
// labels in order. The values are drawn so that IRIs are prefixes of one
// another across the characters around '>' ('/', '=', '?'), with literals,
// blank nodes and duplicates among them.
func TestGroupBySourceOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	stems := []string{"https://e.org/a", "https://e.org/a/", "https://e.org/a=", "https://e.org/a?", "https://e.org/a>x", "https://e.org/ab", "https://e.org/", "https://e.org/a/b"}
	value := func() quad.Value {
		switch r.IntN(6) {
		case 0:
			return quad.String(stems[r.IntN(len(stems))])
		case 1:
			return quad.BNode("b" + stems[r.IntN(3)][len("https://e.org/"):])
		default:
			return quad.IRI(stems[r.IntN(len(stems))])
		}
	}
	labels := []quad.IRI{"https://s.org/1", "https://s.org/10", "https://s.org/1/", "https://s.org/2"}
	for round := range 50 {
		var qs []quad.Quad
		for range 200 {
			qs = append(qs, quad.Quad{Subject: value(), Predicate: quad.IRI(stems[r.IntN(len(stems))]), Object: value(), Label: labels[r.IntN(len(labels))]})
		}
		qs = append(qs, qs[:20]...) // duplicates

		ref := append([]quad.Quad(nil), qs...)
		sort.Sort(quad.ByQuadString(ref))
		type group struct {
			Label string
			Quads []string
		}
		byLabel := map[string]*group{}
		seen := map[string]bool{}
		for _, q := range ref {
			if seen[q.NQuad()] {
				continue
			}
			seen[q.NQuad()] = true
			l := string(q.Label.(quad.IRI))
			if byLabel[l] == nil {
				byLabel[l] = &group{Label: l}
			}
			byLabel[l].Quads = append(byLabel[l].Quads, q.NQuad())
		}
		var want []group
		for _, g := range byLabel {
			want = append(want, *g)
		}
		sort.Slice(want, func(i, j int) bool { return want[i].Label < want[j].Label })
		var got []group
		for _, s := range groupBySource(append([]quad.Quad(nil), qs...)) {
			g := group{Label: string(s.IRI)}
			for _, q := range s.Quads {
				g.Quads = append(g.Quads, q.NQuad())
			}
			got = append(got, g)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d: groupBySource differs from ByQuadString (-want +got):\n%s", round, diff)
		}
	}
}

func TestCompareEnclosed(t *testing.T) {
	for _, x := range []string{"", "a", "a/", "a>", "a?", "ab", "a>b", "b"} {
		for _, y := range []string{"", "a", "a/", "a>", "a?", "ab", "a>b", "b"} {
			want := 0
			if x+">" < y+">" {
				want = -1
			} else if x+">" > y+">" {
				want = 1
			}
			if got := compareEnclosed(x, y, '>'); got != want {
				t.Errorf("compareEnclosed(%q, %q) = %d, want %d", x, y, got, want)
			}
		}
	}
}
