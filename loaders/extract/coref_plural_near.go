package extract

import (
	"slices"

	"github.com/telcograph/telcograph/schema"
)

// Counted plurals the sentence counts (issue 13, z17link): "the twelve
// operators", "the two American AI companies", "the two companies" that
// neither the alliance under discussion, the sentence's organisations,
// the previous sentence's nor the last list of that size (coref_lists.go)
// decide, because a nearer sentence named more organisations than the
// count. The nearest list of exactly that many still decides:
//
//   - a coordination earlier in the plural's own sentence ("an agreement
//     with A and B under which the two companies ..."), the last one
//     written before the plural;
//   - a list the previous sentence gave ("X was set up by A, B, ... and L
//     together with M. ... the twelve operators own the other half"):
//     the sentence named thirteen, but listed twelve;
//   - the organisations of the previous two sentences of the paragraph
//     (or of its run of one-sentence paragraphs: sentence_lines.go),
//     when together they are exactly that many and the previous one
//     named fewer ("The most valuable is A. B put money into the maker of
//     .... the two companies agreed ...").
//
// The coordination in the plural's own sentence is nearer than the
// previous sentence's organisations, so it decides before them too. A
// capitalised modifier may stand between a nationality and the noun ("the
// two American AI companies").
//
// A nearer coordination of another size, or two different lists of the
// size, decide nothing: the plural stays unresolved.

// nearGroup is the group a counted plural of n organisations at offset
// pos of the sentence text names by the rules above, or nil.
func (x *extractor) nearGroup(n int, text string, pos int) []string {
	if run := lastCoordination(text, x.curMs, pos); len(run) >= 2 {
		if len(run) == n {
			return run
		}
		return nil // a nearer coordination of another size
	}
	var found []string
	for _, l := range x.recentLists {
		if l.at != x.sentIdx-1 || len(l.slugs) != n {
			continue
		}
		if found != nil && !sameSet(found, l.slugs) {
			return nil
		}
		found = l.slugs
	}
	if found != nil {
		return append([]string(nil), found...)
	}
	if len(x.curOrgs) > 0 || len(x.prevOrgs) >= n || x.prevOrgsPara < x.runPara || x.prev2OrgsPara < x.runPara { // this paragraph, or its run (sentence_lines.go)
		return nil
	}
	union := append([]string(nil), x.prevOrgs...)
	for _, s := range x.prev2Orgs {
		if !slices.Contains(union, s) {
			union = append(union, s)
		}
	}
	if len(union) != n || len(x.prevOrgs) == 0 {
		return nil
	}
	return union
}

// lastCoordination is the last run of named companies or ventures joined
// by commas and "and" (coordGap, roles_scope.go) that ends before offset pos in text, the sentence
// whose mentions (so far, in text order) are ms.
func lastCoordination(text string, ms []mention, pos int) []string {
	var run, last []string
	prevEnd := -1
	for _, m := range ms {
		if m.Start >= pos {
			break
		}
		if m.Coref || m.Slug == "" || (m.Kind != 'C' && m.Kind != 'V') {
			if len(run) >= 2 {
				last = run
			}
			run, prevEnd = nil, -1
			continue
		}
		if prevEnd >= 0 && coordGap(text[prevEnd:m.Start]) && !slices.Contains(run, m.Slug) {
			run = append(run, m.Slug)
		} else {
			if len(run) >= 2 {
				last = run
			}
			run = []string{m.Slug}
		}
		prevEnd = m.PossEnd
	}
	if len(run) >= 2 {
		last = run
	}
	return last
}

// capsModifier reports whether toks[i] is a capitalised modifier ("AI")
// right before a group noun.
func capsModifier(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].Word && toks[i].Upper && !toks[i].Poss && toks[i+1].Word && groupNouns[toks[i+1].Key]
}

// A venture an article says was called off ("A and B called off V") owns
// nothing later: "The two companies had planned to split the venture
// evenly" then tells a plan that died, not a stake. Better plural
// resolution lets such sentences find their owners, so the venture's
// failure is remembered for the ownership rule (ventures.go).

// noteFailedVentures records the joint ventures the sentence s names by
// name when it says a venture was taken back or failed.
func (x *extractor) noteFailedVentures(s *sent) {
	if !retractRE.MatchString(s.text) && !ventureFailed(s.text) {
		return
	}
	for _, m := range s.ms {
		if m.Coref || m.Slug == "" || x.typeOf(m.Slug) != schema.TypeJointVenture {
			continue
		}
		if x.failedVentures == nil {
			x.failedVentures = map[string]bool{}
		}
		x.failedVentures[m.Slug] = true
	}
}

// pluralPair is the pair of companies one plural description of the
// sentence stands for ("The two companies", "Both firms"), when the
// sentence names no company itself: the parties of a clause whose verb
// is their own ("... said they would extend their partnership").
func (x *extractor) pluralPair(s *sent) ([]string, []arg) {
	var named []string
	var as []arg
	for i, mm := range s.ms {
		if mm.Kind != 'G' {
			continue
		}
		if named != nil || len(mm.Group) != 2 {
			return nil, nil // two descriptions, or more parties: whose partnership is not said
		}
		named = append(named, mm.Group...)
		as = x.argOf(s, i)
	}
	return named, as
}
