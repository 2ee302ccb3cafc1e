package extract

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRequiredLiterals checks the literal sets read from patterns: joined
// neighbours, alternations, optional words, case folding, and the patterns
// that give no set (an optional part, a long alternation of short words).
func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          [][]string
	}{
		{"a literal", `joined`, [][]string{{"joined"}}},
		{"case folded", `(?i)\bMerged\b`, [][]string{{"merged"}}},
		{"alternation", `(?:bought|acquired) (<C\d+>)`, [][]string{{"bought <c", "acquired <c"}}},
		{"optional word joins", `stake(?:s)? in`, [][]string{{"stake in", "stakes in"}}},
		{"a class of two letters", `[Tt]he (<N\d+>)`, [][]string{{"the <n"}}},
		{"a literal holding another adds nothing", `(?:join|joined|joins)`, [][]string{{"join"}}},
		{"a class of letters joins", `(<[CU]\d+>)`, [][]string{{"<c", "<u"}}},
		{"parts too many to join are each needed", `(?:in|this|last|next|early|late) (?:July|June|May)\b`,
			[][]string{{"in ", "this ", "last ", "next ", "early ", "late "}, {"july", "june", "may"}}},
		{"a long alternation keeps the literals holding no other", `(?:Alpha|Alp\.?|Beta|Bet\.?|Gamma|Gam\.?|Delta|Del\.?|Eps|Eps\.|Epsilon|Zeta|Zet\.?|Eta|Eta\.|Theta|The\.?|Iota|Io\.?|Kappa|Kap\.?) \d`,
			[][]string{{"alp", "bet", "gam", "del", "eps", "zet", "eta", "the", "io", "kap"}}},
		{"an optional part alone gives nothing", `(?:merged)?`, nil},
		{"a branch without literals gives nothing", `(?:merged|\d+)`, nil},
		{"one character is too little", `(<\d+>)`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := requiredLiterals(tt.pattern)
			if !slices.EqualFunc(got, tt.want, func(a, b []string) bool {
				a, b = slices.Clone(a), slices.Clone(b)
				slices.Sort(a)
				slices.Sort(b)
				return slices.Equal(a, b)
			}) {
				t.Errorf("requiredLiterals(%q) = %q, want %q", tt.pattern, got, tt.want)
			}
		})
	}
}

// TestRulePrefilterSound checks that no rule's prefilter turns away a
// skeleton its pattern matches, on skeletons written to match many rules.
func TestRulePrefilterSound(t *testing.T) {
	skeletons := []string{
		"<C0> and <C1> formed <A2> in 2021 together with <C3>.",
		"<A0> was launched by <C1>, <C2> and <C3>.",
		"<L0> joined <A1> as founding members.",
		"<C0>, a Nordic telecoms group, <C1>'s CEO <P2> said.",
		"The <N0> <C1> is a member of <A2>.",
		"<P0>, chief executive of <C1>, was named chairman of <A2>.",
		"<C0> took a 10% stake in <C1> in a funding round led by <C2>.",
		"<C0> partnered with <C1> to set up a joint venture, <V2>.",
		"<C0> is headquartered in <N1>, its home market.",
		"<C0>’s Danish unit, <C1>, said it was ſtill owned by <C2>.",
		"ITS CHAIRMAN <P0> CHAIRS THE BOARD OF <A1>, WHICH <C2> CHAIRS.",
	}
	needs := ruleNeeds()
	for i, r := range rules {
		for _, sk := range skeletons {
			if !r.re.MatchString(sk) {
				continue
			}
			low, ok := ruleText(sk)
			var g bytePairs
			g.fill(low)
			if ok && (!mayMatch(low, needs[i], nil) || !mayMatch(low, needs[i], &g)) {
				t.Errorf("rule %q matches %q but its prefilter %q turns it away", r.name, sk, needs[i])
			}
		}
	}
	// The same on every pattern of the table above and its own example.
	for _, p := range []string{`(?i)stakes? in (<C\d+>)`, `[Tt]he (<N\d+>)`} {
		re := regexp.MustCompile(p)
		for _, sk := range []string{"A STAKE IN <C1>", "the <N2> group", "The <N0>"} {
			if low, ok := ruleText(sk); re.MatchString(sk) && ok && !mayMatch(low, requiredLiterals(p), nil) {
				t.Errorf("%q matches %q but its prefilter turns it away", p, sk)
			}
		}
	}
}

// TestFilteredRE checks that a filtered pattern answers as its Regexp
// does, on texts with and without its literals, in any case, and on a
// text with a fold hazard.
func TestFilteredRE(t *testing.T) {
	f := mustFiltered(`(?i)\b(?:pulled|backed) out\b`)
	for _, s := range []string{"Acme pulled out of the deal.", "ACME BACKED OUT.", "Acme stayed in.", "Acme backed ouT", "Acme pulled ſomething out"} {
		if got, want := f.MatchString(s), f.Regexp.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
		if got, want := f.FindAllStringSubmatchIndex(s, -1), f.Regexp.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringSubmatchIndex(%q) = %v, want %v", s, got, want)
		}
	}
	if f.may("Acme stayed in.") {
		t.Errorf("the prefilter lets through a text without its literals")
	}
}

// TestBytePairs checks the pair set: every substring of a text passes it,
// and a literal with a pair the text lacks does not.
func TestBytePairs(t *testing.T) {
	text := "acme telecom joined the <a3> alliance in 2024"
	var g bytePairs
	g.fill(text)
	for i := 0; i < len(text); i++ {
		for j := i; j <= len(text); j++ {
			if !g.mayHold(text[i:j]) {
				t.Fatalf("the pairs of %q turn away its substring %q", text, text[i:j])
			}
		}
	}
	for _, l := range []string{"chairman", "stake in", "joint venture"} {
		if g.mayHold(l) && !strings.Contains(text, l) {
			t.Logf("%q passes the pairs though absent (a hash collision)", l)
		}
	}
	if g.mayHold("qzx") {
		t.Errorf("a literal of pairs the text lacks passes")
	}
	if !containsAnyIn(&g, text, []string{"merged", "joined"}) || containsAnyIn(&g, text, []string{"merged", "bought"}) {
		t.Errorf("containsAnyIn disagrees with strings.Contains")
	}
}
