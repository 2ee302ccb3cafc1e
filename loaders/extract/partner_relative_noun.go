package extract

import (
	"regexp"
	"strings"
)

// Partnerships told around a partnership noun rather than by the verb
// the families key on (issue 13, helper x13p9, on the partners2 drill):
//   - a contact clause on the noun: "under a memorandum it signed with
//     SKT", "The memorandum A signed with B covers ...", "the pact that A
//     struck with B": the clause's subject and the with-party are
//     partners;
//   - "A works hand in hand with B" (the tagger reads "hand" as the
//     verb);
//   - a value after the noun does not end it: "signed a five-year
//     strategic alliance worth 2.4 trillion won" (valuedAt, used by
//     partner_shapes.go).
// Near misses: a supply or purchase contract ("the supply deal A signed
// with B", partner_roles.go), a negated or passive verb, a person as the
// clause's subject, a with-party in the possessive.

// valuedAt reports whether unit k opens a value for the partnership noun
// before it: "an alliance worth 2.4 trillion won", "a deal valued at $1
// billion".
func valuedAt(c *clauses, k int) bool {
	w := c.us[k].words
	return w == "worth" || strings.HasPrefix(w, "worth ") || w == "valued" || strings.HasPrefix(w, "valued ")
}

// signVerbs make a partnership noun.
var signVerbs = map[string]bool{"sign": true, "strike": true, "ink": true, "seal": true, "agree": true, "reach": true, "forge": true, "conclude": true}

// handInHandRE: a verb group of working that the tagger cut before "in
// hand".
var handInHandRE = regexp.MustCompile(`^(?:[a-z]+ )*(?:work|works|worked|working) hand$`)

// famPartnerRelativeNoun reads the shapes above.
func (x *extractor) famPartnerRelativeNoun(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		switch {
		case signVerbs[u.Lemma]:
			x.partnerNounClause(c, v)
		case handInHandRE.MatchString(u.words) && c.text(v+1, min(v+2, len(c.us)-1)) == "in hand":
			x.partnerWithAfter(c, v, v+3, "partner.hand-in-hand")
		}
	}
}

// partnerNounClause: "a memorandum (that) A signed with B".
func (x *extractor) partnerNounClause(c *clauses, v int) {
	s := v - 1
	if s < 1 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
		return
	}
	n := s - 1
	if c.relative(n) && c.us[n].words != "who" && c.us[n].words != "whose" {
		n--
	}
	if n < 0 || c.us[n].Kind != 'N' && c.us[n].Kind != 'M' || !partnershipNouns[c.us[n].Lemma] || hasAnyWord(strings.ToLower(c.text(max(0, n-2), n)), tentativeMods) {
		return
	}
	x.partnerWithAfter(c, s, v+1, "partner.noun-clause")
}

// partnerWithAfter states partnerOf between the subject at unit s and the
// with-party whose "with" is unit w.
func (x *extractor) partnerWithAfter(c *clauses, s, w int, rule string) {
	if w+1 >= len(c.us) || c.us[w].Kind != 'P' || c.us[w].Lemma != "with" {
		return
	}
	if c.us[s].Kind == 'V' {
		if s = c.subject(s); s < 0 {
			return
		}
	}
	b := c.skipDescriptors(w + 1)
	if b >= len(c.us) || c.us[b].Kind != 'E' || c.ents[c.us[b].ent].poss || c.isPerson(x, b) || c.isPerson(x, s) {
		return
	}
	x.rule = rule
	x.partnerPairs(c, x.subjectArgs(c, s), x.withArgs(c, b), c.modText(s, w-1), 0.65)
}
