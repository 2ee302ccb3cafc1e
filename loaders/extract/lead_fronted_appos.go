package extract

import "slices"

// A fronted "Led by A" may be followed by an apposition of A before the
// clause's subject (issue 13, helper z15rel, from dev's misses): "Led by
// Meta, the company formerly known as Facebook, the 2Africa consortium
// set out to ...". The first name after a comma is then A again, not the
// led one, and the led one is the subject after the next comma. For that
// the description must name A: "NAME, the company formerly known as ...",
// "NAME, the company behind ...", a company noun right after a name and
// a comma and followed by what describes it (a relative pronoun, a
// participle, a preposition or a comma), stands for that name, not for
// the article's topic (nameApposition). Near misses
// (lead_fronted_appos_test.go): the leader's apposition with no subject
// after it leads nothing; "after talks with A, the company decided" (a
// finite verb after the noun) is the clause's subject, not A.

// leaderApposition reports whether led names one of the leaders: an
// apposition of the by-phrase, to be passed over.
func (x *extractor) leaderApposition(led arg, leaders []arg) bool {
	s := x.resolve(led, orgTypesAll)
	if s == "" {
		return false
	}
	for _, l := range leaders {
		if x.resolve(l, orgTypesAll) == s {
			return true
		}
	}
	return false
}

// apposTails may follow the head of a description in apposition to a name:
// what describes it, never a finite verb of its own clause.
var apposTails = map[string]bool{
	"that": true, "which": true, "whose": true, "formerly": true, "behind": true, "best": true, "known": true,
	"founded": true, "backed": true, "owned": true, "controlled": true, "based": true, "created": true, "in": true, "of": true,
	"chaired": true, "led": true, "run": true, "headed": true, // "SK Group, the conglomerate chaired by P" (round 32)
}

// nameApposition is the company named just before the comma that opens the
// description toks[i:j+1] ("Meta, the company formerly known as
// Facebook"), or "".
func (x *extractor) nameApposition(toks []token, i, j int, covered []bool) string {
	if i < 2 || toks[i-1].Text != "," || !covered[i-2] || j+1 >= len(toks) || !(apposTails[toks[j+1].Key] || toks[j+1].Text == ",") {
		return ""
	}
	for _, m := range slices.Backward(x.curMs) {
		if m.End != toks[i-2].End || m.Poss || m.Slug == "" || (m.Kind != 'C' && m.Kind != 'V') {
			continue
		}
		return m.Slug
	}
	return ""
}
