package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// "That one" opening a sentence is the group the text named last, by name,
// in one of the two sentences before (round 22, helper z26bfound): "Do not
// confuse it with the Ultra Ethernet Consortium. That one was founded in
// 2023 by A, B and C" (the consortium, not the group "it" stands for);
// "SoftBank is also in X. Isn't that confusing? That one is different. It
// was formed by A and B" (X: the demonstrative sets it up as the subject
// the next "it" continues). A demonstrative contrasts with the topic, so
// the group in focus is not what it means, and a company named last (not a
// group) leaves it unresolved.

// thatGroupNouns head a demonstrative that points back at the group named
// last, anywhere in a sentence (round 31, dev18): "... where the
// Agent2Agent project was set up. Google founded that project together
// with A, B and C."
var thatGroupNouns = map[string]bool{"project": true, "body": true, "consortium": true, "alliance": true, "initiative": true, "forum": true, "foundation": true, "coalition": true}

// thatOneLeadRE is the text a sentence may open with before "That one": a
// question-and-answer label.
var thatOneLeadRE = regexp.MustCompile(`^\s*(?:[QA]:\s*)?$`)

// noteLastGroup records the last group sentence s named by name.
func (x *extractor) noteLastGroup(s *sent) {
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.Coref || m.Slug == "" || m.Poss {
			continue
		}
		if m.Kind == 'A' {
			slug := m.Slug
			if b := x.placeholder[slug]; b != "" {
				slug = b
			}
			x.lastGroupNamed, x.lastGroupAt = slug, x.sentIdx
		}
		return // the last organisation named is no group: "that one" is not a group's
	}
}

// thatOneGroup reads "That one" / "This one" at toks[i] opening a sentence
// as the group the two sentences before named last.
func (x *extractor) thatOneGroup(text string, toks []token, i int) (mention, int, bool) {
	if i+1 >= len(toks) || !(toks[i+1].Key == "one" && thatOneLeadRE.MatchString(text[:toks[i].Start]) || thatGroupNouns[toks[i+1].Key] && !toks[i+1].Poss) {
		return mention{}, 0, false
	}
	g := x.lastGroupNamed
	if toks[i+1].Key != "one" && len(x.curGroups) > 0 {
		g = x.curGroups[len(x.curGroups)-1] // "His successor at the O-RAN Alliance ..., who now chairs that body"
	} else if x.sentIdx-x.lastGroupAt > 2 {
		return mention{}, 0, false
	}
	if g == "" || x.typeOf(g) != schema.TypeAlliance {
		return mention{}, 0, false
	}
	last := toks[i+1]
	return mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Kind: 'A', Slug: g, Text: text[toks[i].Start:last.End], Coref: true}, 2, true
}
