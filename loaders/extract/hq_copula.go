package extract

// This file reads headquarters from a nationality stated by a copula:
// "Mavenir is an American company", "Rebellions was a Korean start-up".
// The apposition form ("X, the Swedish group,") is in hq_appos.go.

// famNationCopula states headquarteredIn for an organisation that "is" or
// "was" a company of a nationality, with no negation.
func (x *extractor) famNationCopula(c *clauses) {
	for i := 0; i+3 < len(c.us); i++ {
		if c.us[i].Kind != 'E' || c.ents[c.us[i].ent].poss || c.isCountry(i) {
			continue
		}
		v := c.us[i+1]
		if v.Kind != 'V' || v.Lemma != "be" || v.Neg || v.Passive {
			continue
		}
		k := i + 2
		if c.us[k].Kind == 'M' && (c.us[k].words == "a" || c.us[k].words == "an") {
			k++
		}
		if k+1 >= len(c.us) || c.us[k].Kind != 'E' || !c.isCountry(k) {
			continue
		}
		as := c.args(x, k)
		if len(as) != 1 || as[0].m == nil || !as[0].m.Demonym {
			continue
		}
		if c.orgHeadAfter(k+1) < 0 { // hq_heads.go
			continue
		}
		orgs := c.args(x, i)
		if len(orgs) != 1 {
			continue
		}
		x.rule = "hq.nationality-copula"
		x.hqFact(c.s, orgs[0], as[0], 0.75)
	}
}
