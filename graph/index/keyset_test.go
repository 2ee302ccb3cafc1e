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

// TestCovering checks the keys that hold a word of every group, each once,
// with the least cost per group summed, whichever group is walked (a word
// in more keys than a small set holds, and one in a few), and WordCount.
func TestCovering(t *testing.T) {
	x := index.New()
	names := []string{"Alpha Telecom One", "Alfa Telecom Two", "Alpha Alfa Networks", "Beta Telecom"}
	for i := range 30 {
		names = append(names, fmt.Sprintf("Gamma Telecom G%d", i))
	}
	for i, name := range names {
		s := quad.IRI(fmt.Sprintf("https://example.org/c%d", i))
		replace(x, s, named(s, fmt.Sprintf("c-%d", i), name))
	}
	covering := func(groups ...map[string]int) map[string]int {
		out := make(map[string]int)
		for key, cost := range x.Names().Covering(groups) {
			if _, dup := out[key]; dup {
				t.Errorf("key %q yielded twice", key)
			}
			out[key] = cost
		}
		return out
	}
	tests := []struct {
		name   string
		groups []map[string]int
		want   map[string]int
	}{
		{
			name:   "two spellings in the rarest group, least cost kept",
			groups: []map[string]int{{"alpha": 0, "alfa": 1}, {"telecom": 0}},
			want:   map[string]int{"alpha telecom one": 0, "alfa telecom two": 1},
		},
		{
			name:   "a key holding both spellings is yielded once at the lesser cost",
			groups: []map[string]int{{"alpha": 2, "alfa": 1}},
			want:   map[string]int{"alpha telecom one": 2, "alfa telecom two": 1, "alpha alfa networks": 1},
		},
		{
			name:   "costs of the groups add up",
			groups: []map[string]int{{"beta": 1}, {"telecom": 2}},
			want:   map[string]int{"beta telecom": 3},
		},
		{
			name:   "a common word walked only through the rare one",
			groups: []map[string]int{{"telecom": 0}, {"g7": 0}},
			want:   map[string]int{"gamma telecom g7": 0},
		},
		{
			name:   "a group no key holds",
			groups: []map[string]int{{"telecom": 0}, {"delta": 0}},
			want:   map[string]int{},
		},
		{
			name:   "no groups",
			groups: nil,
			want:   map[string]int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, covering(tt.groups...)); diff != "" {
				t.Errorf("Covering (-want +got):\n%s", diff)
			}
		})
	}
	for key, want := range map[string]int{"": 0, "alpha": 1, "at&t labs": 2, " o-ran  alliance ": 3, "ntt docomo, inc.": 3} {
		if got, words := index.WordCount(key), len(index.Words(key)); got != want || got != words {
			t.Errorf("WordCount(%q) = %d, want %d (Words has %d)", key, got, want, words)
		}
	}
}
