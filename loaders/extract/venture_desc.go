package extract

import "strings"

// Joint ventures told by a description of the venture (issue 13, helper
// z20part, the partners5 drill): the venture noun of "A formed the Dutch
// joint venture with B" carries a nationality the tagger makes an entity
// of its own, so the founding verb sits two or three units before the
// noun; and Asian and European wire copy calls the venture "a joint
// company" ("A and B agreed to set up a joint company", "combined their
// businesses to create the joint company"). Near misses
// (venture_desc_test.go): a nationality before a company noun with no
// "joint" ("formed the Dutch company with B" is no venture), one maker
// only, a negated verb.

// jointCompanyNoun reports whether noun phrase u is "a joint company" or
// "the joint company": a company noun right after "joint".
func jointCompanyNoun(u unit) bool {
	return u.Lemma == "company" && strings.HasSuffix(u.words, "joint company")
}

// ventureVerbBefore is the unit that governs the venture noun at j across
// a determiner and a nationality between them ("formed the Dutch joint
// venture"): j-1 when no nationality stands there.
func (c *clauses) ventureVerbBefore(j int) int {
	v := j - 1
	if v >= 1 && c.us[v].Kind == 'E' && c.isCountry(v) && !c.ents[c.us[v].ent].poss {
		v--
		if v >= 1 && c.us[v].Kind == 'M' && (c.us[v].words == "the" || c.us[v].words == "a" || c.us[v].words == "an") {
			v--
		}
	}
	return v
}
