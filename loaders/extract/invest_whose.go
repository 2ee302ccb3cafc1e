package extract

// This file reads the owner of a noun phrase that follows a relative
// "whose" (helper x13v2, issue 13): "Y, whose investors include A, B and
// C", "the Forum, whose members include A": the noun belongs to the
// antecedent of "whose", not to the subject of the sentence before.

// whoseAntecedent is the entity unit that the relative "whose" just
// before noun unit n refers back to ("Cohere, whose investors"): -2 when
// there is no such "whose", -1 when its antecedent is no entity ("the
// sector, whose investors").
func (c *clauses) whoseAntecedent(n int) int {
	k := n - 1
	if k < 1 || !c.relative(k) || c.us[k].words != "whose" {
		return -2
	}
	k--
	if c.isPunct(k, ",") {
		k--
	}
	if k >= 0 && c.us[k].Kind == 'E' {
		return k
	}
	// "Y, a Tokyo start-up whose backers include A": the description is
	// in apposition to the name before it (helper x14prec).
	if k >= 2 && c.us[k].Kind == 'N' && c.isPunct(k-1, ",") && c.us[k-2].Kind == 'E' && !c.ents[c.us[k-2].ent].poss {
		return k - 2
	}
	return -1
}

// ownedInvestorNoun reports whether unit n is an investor noun whose
// owner the text names right before it, by "whose" or a possessive:
// "Y, whose largest investor is A", "Y's biggest shareholder is A". With
// a copula such a noun names Y's investor as surely as "include" does
// (helper x14prec).
func (c *clauses) ownedInvestorNoun(n int) bool {
	if n < 0 || n >= len(c.us) || c.us[n].Kind != 'N' || !investorNouns[c.us[n].Lemma] {
		return false
	}
	return c.whoseAntecedent(n) >= 0 || n > 0 && c.us[n-1].Kind == 'E' && c.ents[c.us[n-1].ent].poss
}
