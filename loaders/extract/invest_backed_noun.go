package extract

// This file reads a copula's noun predicate that a backing participle
// describes (helper z21pinv, from real news probes): "Y is a start-up
// backed by A", "Y is one of the start-ups funded by A and B". famInvest
// reads "backed by" after a passive or an apposition's comma only, so the
// participle after the predicate noun went unread.

// famBackedNounPredicate: "Y is (one of) the N backed by A".
func (x *extractor) famBackedNounPredicate(c *clauses) {
	for v := 3; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma != "back" && u.Lemma != "fund" || c.ts[u.Head].Form != formPast {
			continue
		}
		n := v - 1
		if c.us[n].Kind != 'N' || c.us[n].tag != posNoun || temporal(c.us[n].words) {
			continue
		}
		be := n - 1
		if be >= 1 && c.us[be].Kind == 'E' && c.isCountry(be) {
			be-- // "one of the Chinese start-ups backed by A"
			for be >= 1 && c.us[be].Kind == 'M' {
				be-- // its determiner
			}
		}
		if be >= 2 && c.us[be].Kind == 'P' && c.us[be].Lemma == "of" && c.us[be-1].Kind == 'N' && c.us[be-1].Lemma == "one" {
			be -= 2 // "is one of the start-ups backed by A"
		}
		if c.us[be].Kind != 'V' || c.us[be].Lemma != "be" || c.us[be].Neg {
			continue
		}
		if mod, drop := modalityOf(c.text(max(be-3, 0), be)); drop || mod != "" {
			continue
		}
		subj := c.subject(be)
		if subj < 0 || c.us[subj].Kind != 'E' || c.isCountry(subj) || c.ents[c.us[subj].ent].poss {
			continue
		}
		for _, p := range c.pps(v + 1) {
			if p.prep != "by" || c.us[p.at].Kind != 'E' || c.isCountry(p.at) {
				break
			}
			owners, owned := c.args(x, p.at), c.args(x, subj)
			if len(owned) == 1 && !x.ownsItself(owners, owned) {
				x.rule = "invest.backed-noun-predicate"
				x.investEach(c, owners, owned, c.modText(subj, be), 0.7)
			}
			break
		}
	}
}
