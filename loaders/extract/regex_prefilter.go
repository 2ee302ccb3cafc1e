package extract

// Literal prefilters for the regular-expression rules. Most rule patterns
// cannot match a sentence that lacks one of a few words ("launched",
// "joined", "member"), yet the backtracking matcher costs as much to find
// that out as to match. requiredLiterals reads, once per pattern, a set of
// literal strings one of which every match must contain; a sentence whose
// lower-cased skeleton holds none of them is skipped without running the
// pattern. The analysis is exact on the parsed syntax (literals, captures,
// concatenations, alternations, repeats of at least one), so a skipped
// pattern is one that could not have matched: output does not change.

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

// maxNeeds bounds a literal set: a long alternation of short words is
// cheaper to leave to the matcher.
const maxNeeds = 24

// requiredLiterals returns sets of lower-cased literals such that every
// match of pattern contains a literal of each set, or nil when the
// analysis finds none. The parts of a top-level concatenation each give a
// set ("(this|last) (week|month)" needs one of the first and one of the
// second words); anything else gives one.
func requiredLiterals(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	var sets [][]string
	if re.Op == syntax.OpConcat {
		parts, _, _ := concatNeeds(re.Sub)
		for _, set := range parts {
			if shortestLen(set) >= 2 {
				sets = append(sets, reduceNeeds(set))
			}
		}
	} else if n := literalsOf(re); n.ok && shortestLen(n.set) >= 2 {
		sets = append(sets, reduceNeeds(n.set))
	}
	// The most selective first: a sentence fails fastest on it.
	slices.SortStableFunc(sets, func(a, b []string) int { return shortestLen(b) - shortestLen(a) })
	return sets
}

// reduceNeeds drops the literals that hold another of the set: "join"
// finds "joined" too.
func reduceNeeds(set []string) []string {
	var out []string
	for _, l := range set {
		if !slices.ContainsFunc(set, func(o string) bool { return o != l && strings.Contains(l, o) }) {
			out = append(out, l)
		}
	}
	return out
}

// needs is what literalsOf knows of a node: ok when every match holds one
// of set; exact when every match is one of set, whole (so that the sets of
// neighbours in a concatenation join into longer literals).
type needs struct {
	set       []string
	ok, exact bool
}

// literalsOf is requiredLiterals on a syntax tree.
func literalsOf(re *syntax.Regexp) needs {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase != 0 && !asciiFoldable(s) {
			return needs{} // a case-folded non-ASCII rune: leave it to the matcher
		}
		return needs{set: []string{strings.ToLower(s)}, ok: true, exact: true}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return needs{set: []string{""}, ok: true, exact: true} // matches no text
	case syntax.OpCharClass:
		// A small ASCII class ("[Tt]") is a few one-letter literals.
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi >= 0x80 || hi-lo > 4 {
				return needs{}
			}
			for r := lo; r <= hi; r++ {
				set = addNeed(set, strings.ToLower(string(r)))
			}
		}
		if len(set) == 0 || len(set) > 4 {
			return needs{}
		}
		return needs{set: set, ok: true, exact: true}
	case syntax.OpCapture:
		return literalsOf(re.Sub[0])
	case syntax.OpPlus:
		n := literalsOf(re.Sub[0])
		return needs{set: n.set, ok: n.ok}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			n := literalsOf(re.Sub[0])
			return needs{set: n.set, ok: n.ok, exact: n.exact && re.Min == 1 && re.Max == 1}
		}
	case syntax.OpQuest:
		if n := literalsOf(re.Sub[0]); n.exact {
			return needs{set: addNeed(n.set, ""), ok: true, exact: true}
		}
	case syntax.OpConcat:
		// Every part occurs in a match: keep the most selective set.
		sets, run, exact := concatNeeds(re.Sub)
		if exact {
			return needs{set: run, ok: true, exact: true}
		}
		var best []string
		for _, set := range sets {
			if betterNeeds(set, best) {
				best = set
			}
		}
		return needs{set: best, ok: best != nil}
	case syntax.OpAlternate:
		// A match takes one branch: every branch must give a set.
		var all []string
		exact := true
		for _, sub := range re.Sub {
			n := literalsOf(sub)
			if !n.ok {
				return needs{}
			}
			exact = exact && n.exact
			for _, l := range n.set {
				all = addNeed(all, l)
			}
		}
		if len(all) > maxNeeds {
			// "January|Jan\.?|...": the literals that hold no other
			// ("jan") may still be few, though no longer exact.
			all, exact = reduceNeeds(all), false
			if len(all) > maxNeeds {
				return needs{}
			}
		}
		return needs{set: all, ok: true, exact: exact}
	}
	return needs{}
}

// concatNeeds reads the parts of a concatenation: adjacent exact parts
// join into longer literals. sets are the sets of every run and inexact
// part (each occurs in a match); when every part joined, exact is true and
// run is the whole concatenation's exact set.
func concatNeeds(subs []*syntax.Regexp) (sets [][]string, run []string, exact bool) {
	keep := func(set []string) {
		if shortestLen(set) > 0 {
			sets = append(sets, set)
		}
	}
	run, exact = []string{""}, true
	for _, sub := range concatParts(subs) {
		n := literalsOf(sub)
		if n.exact {
			if p := joinNeeds(run, n.set); p != nil {
				run = p
				continue
			}
		}
		keep(run)
		exact = false
		run = []string{""}
		if n.exact {
			run = n.set
		} else if n.ok {
			keep(n.set)
		}
	}
	keep(run)
	return sets, run, exact
}

// concatParts flattens the captured concatenations in a concatenation
// ("the (<N\d+>)"), so that their literals join their neighbours'.
func concatParts(subs []*syntax.Regexp) []*syntax.Regexp {
	var out []*syntax.Regexp
	for _, sub := range subs {
		for sub.Op == syntax.OpCapture {
			sub = sub.Sub[0]
		}
		if sub.Op == syntax.OpConcat {
			out = append(out, concatParts(sub.Sub)...)
		} else {
			out = append(out, sub)
		}
	}
	return out
}

// maxJoin bounds the literals of joined parts: past it, a part's own set
// is kept instead, which keeps alternations of phrases within maxNeeds.
const maxJoin = 8

// joinNeeds is every literal of a followed by one of b, or nil when there
// would be more than maxJoin.
func joinNeeds(a, b []string) []string {
	if len(a)*len(b) > maxJoin {
		return nil
	}
	var out []string
	for _, x := range a {
		for _, y := range b {
			out = addNeed(out, x+y)
		}
	}
	return out
}

// addNeed adds l to set once.
func addNeed(set []string, l string) []string {
	for _, s := range set {
		if s == l {
			return set
		}
	}
	return append(set, l)
}

// betterNeeds reports whether literal set a filters better than b: its
// shortest literal is longer, or as long with fewer literals.
func betterNeeds(a, b []string) bool {
	if b == nil {
		return true
	}
	la, lb := shortestLen(a), shortestLen(b)
	return la > lb || la == lb && len(a) < len(b)
}

func shortestLen(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// asciiFoldable reports whether s is ASCII, so that a case-insensitive
// match of it shows in the lower-cased text (but see foldHazard).
func asciiFoldable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldHazards are the runes a case-insensitive ASCII literal matches whose
// lower case is no ASCII letter ("ſ" matches "s"): a text holding one is
// always given to the matcher.
var foldHazards = func() string {
	var b strings.Builder
	for r := rune('A'); r <= 'z'; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 0x80 && unicode.ToLower(f) != unicode.ToLower(r) && !strings.ContainsRune(b.String(), f) {
				b.WriteRune(f)
			}
		}
	}
	return b.String()
}()

// mayMatch reports whether a text whose lower case is lower can hold a
// match of a pattern with literal sets need (nil: any text can). g, when
// not nil, holds lower's byte pairs and turns most absent literals away
// before a substring search.
func mayMatch(lower string, need [][]string, g *bytePairs) bool {
	for _, set := range need {
		if !containsAnyIn(g, lower, set) {
			return false
		}
	}
	return true
}

// containsAnyIn reports whether s contains one of lits; g, when not nil,
// holds s's byte pairs.
func containsAnyIn(g *bytePairs, s string, lits []string) bool {
	for _, l := range lits {
		if (g == nil || g.mayHold(l)) && strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// bytePairs is a hashed set of the adjacent byte pairs of a text: a
// literal with a pair the text lacks is not in the text. The rule loop
// tests some hundred literals per sentence; most fail here in a few steps.
type bytePairs [64]uint64

func pairHash(a, b byte) uint { return (uint(a)*31 + uint(b)) & 4095 }

// fill makes g the pairs of s.
func (g *bytePairs) fill(s string) {
	*g = bytePairs{}
	for i := 0; i+1 < len(s); i++ {
		h := pairHash(s[i], s[i+1])
		g[h>>6] |= 1 << (h & 63)
	}
}

// mayHold reports whether every pair of l is in g.
func (g *bytePairs) mayHold(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		h := pairHash(l[i], l[i+1])
		if g[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// ruleNeeds holds each rule's literal set, by the rule's index in rules
// (computed on first use, after every init has added its rules).
var ruleNeeds = sync.OnceValue(func() [][][]string {
	out := make([][][]string, len(rules))
	for i, r := range rules {
		out[i] = requiredLiterals(r.re.String())
	}
	return out
})

// ruleText is the lower case of a rule's input text for mayMatch, or ""
// with ok false when the text holds a fold hazard.
func ruleText(text string) (lower string, ok bool) {
	if c := lastLowered.Load(); c != nil && c.text == text {
		return c.lower, c.ok
	}
	c := &lowered{text: text, ok: true}
	for _, r := range foldHazards {
		if strings.ContainsRune(text, r) {
			c.ok = false
		}
	}
	if c.ok {
		c.lower = strings.ToLower(text)
	}
	lastLowered.Store(c)
	return c.lower, c.ok
}

// lastLowered is the last text ruleText read: the filtered patterns of a
// sentence or a fact read the same text in turn. It is replaced whole, so
// concurrent extractions at worst miss it.
var lastLowered atomic.Pointer[lowered]

type lowered struct {
	text, lower string
	ok          bool
}

// filteredRE is a pattern with its literal prefilter, for the patterns
// run on every sentence or fact outside the rule loop (dates, modality,
// reports): the methods used on them skip the matcher when the text lacks
// a needed literal; the rest are the Regexp's.
type filteredRE struct {
	*regexp.Regexp
	need [][]string
}

// mustFiltered compiles pattern with its prefilter.
func mustFiltered(pattern string) *filteredRE {
	return &filteredRE{Regexp: regexp.MustCompile(pattern), need: requiredLiterals(pattern)}
}

// may reports whether s can hold a match.
func (f *filteredRE) may(s string) bool {
	if f.need == nil {
		return true
	}
	low, ok := ruleText(s)
	return !ok || mayMatch(low, f.need, nil)
}

func (f *filteredRE) MatchString(s string) bool { return f.may(s) && f.Regexp.MatchString(s) }

func (f *filteredRE) FindStringIndex(s string) []int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindStringIndex(s)
}

func (f *filteredRE) FindStringSubmatch(s string) []string {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatch(s)
}

func (f *filteredRE) FindStringSubmatchIndex(s string) []int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindStringSubmatchIndex(s)
}

func (f *filteredRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (f *filteredRE) FindAllStringSubmatch(s string, n int) [][]string {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindAllStringSubmatch(s, n)
}

func (f *filteredRE) FindAllStringIndex(s string, n int) [][]int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp.FindAllStringIndex(s, n)
}

// containsFold reports whether text holds the lower-case word w in any
// case, reading the sentence's cached lower case (ruleText) where it can
// instead of lowering the text again.
func containsFold(text, w string) bool {
	if low, ok := ruleText(text); ok {
		return strings.Contains(low, w)
	}
	return strings.Contains(strings.ToLower(text), w)
}
