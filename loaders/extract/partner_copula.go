package extract

import "strings"

// Partners said to be partners by a noun rather than a verb (issue 13,
// helper x13z4): a copula or an apposition over two parties ("A and B
// have been partners since 2019", "A and B, long-time partners, opened a
// lab"), a copula with a possessive partner ("B has been A's partner
// since 2019"), a partner noun set before a name ("A's partner B", "A and
// its partner B") and "together with" or "jointly with" after a verb's
// object ("built the model together with B"). Near misses
// (partner_copula_test.go): former, potential or would-be partners,
// three parties, a negated copula, a person, "partners of" someone else,
// a verb of owning or buying before "together with".

// partnerNounOK reports whether partner noun u states a partnership: not
// former, tentative, negated or a judgement.
func partnerNounOK(u unit) bool {
	return !u.hasMod(tentativeMods...) && !hasAnyWord(u.words, tentativeMods) && !u.hasMod("no", "not") && !hasAnyWord(u.words, speculativeMods)
}

// famPartnerNoun reads the shapes above.
func (x *extractor) famPartnerNoun(c *clauses) {
	for j := 1; j < len(c.us); j++ {
		u := c.us[j]
		if u.hasMod("equity") {
			continue // "equity partners" hold shares (invest_equity_party.go)
		}
		switch {
		case u.Kind == 'N' && u.Lemma == "partner" && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss && possPartnerNoun(u):
			x.possPartnerCopula(c, j-1) // partner_poss_named.go
		case u.Kind == 'N' && u.Lemma == "partner" && c.cutPartnerPossessor(j) >= 0:
			x.possPartnerCopula(c, c.cutPartnerPossessor(j)) // "B is A's launch partner" (partner_programme.go)
		case u.Kind == 'N' && u.Lemma == "partner" && strings.HasSuffix(u.words, "partners") && partnerNounOK(u) && j+1 < len(c.us) && c.us[j+1].Kind == 'E' &&
			c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss:
			x.partnerPremod(c, j) // "A's partners B and C"
		case u.Kind == 'N' && u.Lemma == "partner" && strings.HasSuffix(u.words, "partners") && partnerNounOK(u) && !u.hasMod("founding", "charter", "launch"):
			x.partnersCopula(c, j)
		case (u.Kind == 'M' || u.Kind == 'N') && u.Lemma == "partner" && j+1 < len(c.us) && c.us[j+1].Kind == 'E' && partnerNounOK(u):
			x.partnerPremod(c, j)
		case u.Kind == 'O' && (u.words == "together" || u.words == "jointly") && j+2 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "with":
			x.togetherWithAfter(c, j)
		}
	}
}

// partnersCopula: "A and B have been partners", "A and B, partners since
// 2019,": a subject of exactly two parties and a plural partner noun as
// its copula's complement or its apposition, with no "of" after it.
func (x *extractor) partnersCopula(c *clauses, n int) {
	if n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "of" || c.us[n+1].Lemma == "to" || c.us[n+1].Lemma == "for") {
		return // "partners of Y": someone else's
	}
	s := -1
	switch p := c.us[n-1]; {
	case p.Kind == 'V' && p.Lemma == "be" && !p.Neg && !p.Passive:
		s = c.subject(n - 1)
	case c.isPunct(n-1, ",") && n >= 2 && c.us[n-2].Kind == 'E' && n+1 < len(c.us) && (c.isPunct(n+1, ",") || c.us[n+1].Kind == 'P'):
		s = n - 2
	case n >= 3 && c.us[n-1].Kind == 'P' && c.us[n-1].Lemma == "as" && c.us[n-2].words == "themselves" &&
		c.us[n-3].Kind == 'V' && (c.us[n-3].Lemma == "describe" || c.us[n-3].Lemma == "see") && !c.us[n-3].Neg && !c.us[n-3].Passive:
		s = c.subject(n - 3) // "A and B describe themselves as partners" (round 30, dev17)
	}
	if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
		return
	}
	as := x.subjectArgs(c, s) // partner_roles.go
	if len(as) != 2 || !c.andPair(s) {
		return
	}
	x.rule = "partner.partners-copula"
	x.reciprocalPairs(c, as, c.text(s, len(c.us)-1), 0.7) // the whole sentence: "..., people familiar with the matter said"
}

// possPartnerCopula: "B has been A's partner since 2019", "B is A's
// partner": the copula's subject is the partner of the possessor.
func (x *extractor) possPartnerCopula(c *clauses, h int) {
	v := x.possPartnerVerb(c, h) // partner_poss_named.go
	if v < 0 {
		return
	}
	s := c.subject(v)
	if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) || c.isPerson(x, h) || c.isCountry(h) {
		return
	}
	x.rule = "partner.poss-copula"
	x.partnerPairs(c, c.args(x, h), c.args(x, s), c.modText(s, v), 0.7)
}

// partnerPremod: "A's partner B", "A and its partner B": a partner noun
// set before a name, its holder the possessive before it or, for "its",
// the organisation coordinated before "and its".
func (x *extractor) partnerPremod(c *clauses, n int) {
	b := n + 1
	h, p, words := -1, n-1, c.us[n].words
	plural := words == "partners" || strings.HasSuffix(words, " partners")
	if c.ents[c.us[b].ent].poss || c.isPerson(x, b) || len(c.ents[c.us[b].ent].ms) != 1 && !plural {
		return // "A's partners B and C" (round 25): a list after the plural
	}
	if p >= 1 && c.us[p].Kind == 'E' && c.isCountry(p) && !c.ents[c.us[p].ent].poss {
		p-- // "A's Indonesian partner B": a nationality before the noun (helper z22ppart)
	}
	switch {
	case p >= 0 && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss && (words == "partner" || strings.HasSuffix(words, " partner") || plural):
		h = p // "A's partner B", "A's technology partner B"
	case strings.HasPrefix(words, "its ") && p >= 1 && c.us[p].Kind == 'O' && c.us[p].words == "and" && c.us[p-1].Kind == 'E':
		h = p - 1 // "A and its partner B"
	}
	if h < 0 || c.isPerson(x, h) || c.isCountry(h) || len(c.ents[c.us[h].ent].ms) != 1 {
		return
	}
	x.rule = "partner.premodifier"
	x.partnerPairs(c, c.args(x, h), c.args(x, b), c.text(h, b), 0.7)
}

// groupMaking are verbs of joining or making a group: who does them
// "together with" B is a co-founder or co-member, not a partner.
var groupMaking = map[string]bool{
	"join": true, "come": true, "sign up": true, "become": true, "set up": true, "launch": true, "create": true, "form": true,
	"establish": true, "start": true, "rejoin": true, "enlist": true, "sign": true, "back": true, "invest": true,
}

// togetherWithAfter: "A built the model together with B", "A developed
// the chip jointly with B": the clause's subject and B are partners,
// unless the verb is one of owning, buying or paying.
func (x *extractor) togetherWithAfter(c *clauses, j int) {
	if c.isPunct(j-1, ",") {
		return // "A, together with B, will build": co-actors in one act, not partners (round 24)
	}
	k := c.skipDescriptors(j + 2)
	if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss || c.isPerson(x, k) {
		return
	}
	v := j - 1
	for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) && !c.isPunct(v, ",") && !c.relative(v) {
		v--
	}
	if v < 0 || c.us[v].Kind != 'V' || c.us[v].Neg || c.us[v].Passive || notReciprocal[c.us[v].Lemma] || groupMaking[c.us[v].Lemma] || founders[c.us[v].Lemma] {
		return // "co-founded X together with A", "came aboard together with B": founders and members
	}
	for m := v + 1; m < j; m++ {
		if c.us[m].Kind == 'E' && !c.ents[c.us[m].ent].poss {
			for _, i := range c.ents[c.us[m].ent].ms {
				if c.s.ms[i].Kind == 'A' {
					return // a group as the object
				}
			}
		}
	}
	s := c.subject(v)
	if s < 0 || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
		return
	}
	x.rule = "partner.together-with-after"
	x.partnerPairs(c, x.subjectArgs(c, s), x.withArgs(c, k), c.modText(s, v), 0.7)
}
