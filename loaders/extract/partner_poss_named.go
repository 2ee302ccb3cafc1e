package extract

import "strings"

// Possessive partner nouns (issue 13, helper z15rel, from dev3's misses):
// the copula with a possessive partner ("B is A's partner") also takes a
// kind of partner and a plural ("B and C are A's technology partners"),
// and a passive verb of naming or choosing stands for the copula ("B, C
// and D were named as A's technology partners", "B was chosen as A's
// cloud partner"): each subject is the possessor's partner. Near misses
// (partner_poss_named_test.go): a negated verb, a former or would-be
// partner, a founding or charter partner (a membership tier), a verb that
// is neither the copula nor one of naming ("B wants to be A's partner" is
// left to the infinitive, "B replaced A's partner" names nobody).

// roleNamingVerbs put their passive subject into the role after "as": "were
// named as", "was chosen as", "was picked as".
var roleNamingVerbs = map[string]bool{
	"name": true, "choose": true, "select": true, "pick": true, "appoint": true, "tap": true, "confirm": true, "designate": true,
}

// possPartnerNoun reports whether noun phrase u, after a possessive, is a
// partner noun that states a partnership: "partner", "partners", or a
// kind of partner ("technology partners"), none tentative or a tier of
// membership.
func possPartnerNoun(u unit) bool {
	if u.words != "partner" && u.words != "partners" && !strings.HasSuffix(u.words, " partner") && !strings.HasSuffix(u.words, " partners") {
		return false
	}
	return partnerNounOK(u) && !u.hasMod("founding", "charter", "former", "previous", "old")
}

// possPartnerVerb is the verb whose complement is the possessive partner
// noun phrase at h+1 (h its possessor): the copula just before it, or a
// passive verb of naming with or without "as". It returns -1 otherwise,
// and for a negated verb.
func (x *extractor) possPartnerVerb(c *clauses, h int) int {
	v := h - 1
	if v >= 2 && c.us[v].Kind == 'O' && copulaAdverbs[c.us[v].words] {
		v-- // "B is also A's partner" (copulaAdverbs: member_copula.go)
	}
	if v >= 1 && c.us[v].Kind == 'P' && c.us[v].Lemma == "as" {
		v--
		if v < 1 || c.us[v].Kind != 'V' || !c.us[v].Passive || !roleNamingVerbs[c.us[v].Lemma] {
			return -1
		}
	}
	if v < 1 || c.us[v].Kind != 'V' || c.us[v].Neg {
		return -1
	}
	switch u := c.us[v]; {
	case u.Lemma == "be" && !u.Passive:
		return v
	case u.Passive && roleNamingVerbs[u.Lemma]:
		return v
	}
	return -1
}
