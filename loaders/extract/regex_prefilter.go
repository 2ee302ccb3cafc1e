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
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// maxNeeds bounds a literal set: a long alternation of short words is
// cheaper to leave to the matcher.
const maxNeeds = 24

// requiredLiterals returns lower-cased literals one of which occurs in
// every match of pattern, or nil when the analysis finds none.
func requiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	n := literalsOf(re)
	if !n.ok || shortestLen(n.set) < 2 {
		return nil
	}
	// A literal holding another adds nothing: "join" finds "joined".
	var out []string
	for _, l := range n.set {
		if !slices.ContainsFunc(n.set, func(o string) bool { return o != l && strings.Contains(l, o) }) {
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
		// Every part occurs in a match: adjacent exact parts join into
		// longer literals; keep the most selective set found.
		var best []string
		consider := func(set []string) {
			if shortestLen(set) > 0 && betterNeeds(set, best) {
				best = set
			}
		}
		run, exact := []string{""}, true
		for _, sub := range concatParts(re.Sub) {
			n := literalsOf(sub)
			if n.exact {
				if p := joinNeeds(run, n.set); p != nil {
					run = p
					continue
				}
			}
			consider(run)
			exact = false
			run = []string{""}
			if n.exact {
				run = n.set
			} else if n.ok {
				consider(n.set)
			}
		}
		consider(run)
		if exact {
			return needs{set: run, ok: true, exact: true}
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
			if len(all) > maxNeeds {
				return needs{}
			}
		}
		return needs{set: all, ok: true, exact: exact}
	}
	return needs{}
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
// match of a pattern with literal set need (nil: any text can).
func mayMatch(lower string, need []string) bool {
	if need == nil {
		return true
	}
	for _, n := range need {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// ruleNeeds holds each rule's literal set, by the rule's index in rules
// (computed on first use, after every init has added its rules).
var ruleNeeds = sync.OnceValue(func() [][]string {
	out := make([][]string, len(rules))
	for i, r := range rules {
		out[i] = requiredLiterals(r.re.String())
	}
	return out
})

// ruleText is the lower case of a rule's input text for mayMatch, or ""
// with ok false when the text holds a fold hazard.
func ruleText(text string) (lower string, ok bool) {
	if strings.ContainsAny(text, foldHazards) {
		return "", false
	}
	return strings.ToLower(text), true
}
