package index_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/graph/index"
)

// TestWordsManyNames checks the keys a word and an acronym list while names
// carrying them come and go, from one name to more than a small set holds
// and back.
func TestWordsManyNames(t *testing.T) {
	x := index.New()
	source := func(i int) quad.IRI { return quad.IRI(fmt.Sprintf("https://example.org/a%d", i)) }
	key := func(i int) string { return fmt.Sprintf("alpha telecom k%d", i) }
	keysWith := func(word string) []string {
		got := slices.Collect(x.Names().WithWord(word))
		slices.Sort(got)
		if n := x.Names().CountWithWord(word); n != len(got) {
			t.Errorf("CountWithWord(%q) = %d, WithWord yields %d", word, n, len(got))
		}
		return got
	}
	want := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, key(i))
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		name        string
		add, remove []int
		want        []int
	}{
		{name: "one", add: []int{0}, want: []int{0}},
		{name: "a few", add: []int{1, 2, 3}, want: []int{0, 1, 2, 3}},
		{name: "one gone", remove: []int{2}, want: []int{0, 1, 3}},
		{name: "more than a small set", add: seq(4, 40), want: append([]int{0, 1, 3}, seq(4, 40)...)},
		{name: "most gone", remove: append([]int{0, 1, 3}, seq(4, 38)...), want: []int{38, 39}},
		{name: "all gone", remove: []int{38, 39}, want: nil},
		{name: "back again", add: []int{5}, want: []int{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, i := range tt.add {
				replace(x, source(i), named(source(i), fmt.Sprintf("alpha-%d", i), fmt.Sprintf("Alpha Telecom K%d", i)))
			}
			for _, i := range tt.remove {
				replace(x, source(i), nil)
			}
			if diff := cmp.Diff(want(tt.want...), keysWith("telecom")); diff != "" {
				t.Errorf("keys with telecom (-want +got):\n%s", diff)
			}
			acr := slices.Collect(x.Names().WithAcronym("atk"))
			slices.Sort(acr)
			if diff := cmp.Diff(want(tt.want...), acr); diff != "" {
				t.Errorf("keys with acronym atk (-want +got):\n%s", diff)
			}
		})
	}
}

func seq(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
