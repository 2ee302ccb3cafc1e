package extract

import "strings"

// This file reads headquarters from a nationality stated by a copula:
// "Mavenir is an American company", "Rebellions was a Korean start-up",
// "Free became the first French operator to bundle an AI assistant".
// The apposition form ("X, the Swedish group,") is in hq_appos.go.

// copulaDeterminer reports whether words open a copula's complement
// before its nationality: "a", "an", or "the" with an ordinal or a
// superlative ("became the first French operator", "is the largest
// Korean carrier").
func copulaDeterminer(words string) bool {
	w := strings.Fields(words)
	switch {
	case len(w) == 1:
		return w[0] == "a" || w[0] == "an"
	case len(w) == 2 && w[0] == "the":
		return w[1] == "first" || w[1] == "only" || w[1] == "second" || w[1] == "third" || strings.HasSuffix(w[1], "est")
	}
	return false
}

// famNationCopula states headquarteredIn for an organisation that "is" or
// "was" a company of a nationality, with no negation.
func (x *extractor) famNationCopula(c *clauses) {
	for j := 1; j+2 < len(c.us); j++ {
		v := c.us[j]
		if v.Kind != 'V' || v.Lemma != "be" && v.Lemma != "become" && v.Lemma != "remain" || v.Neg || v.Passive {
			continue
		}
		i := j - 1
		if c.us[i].Kind != 'E' {
			// "KDDI Corporation, headquartered in Chiyoda-ku, Tokyo, is a
			// Japanese telecommunications operator" (round 30, dev17)
			if !c.isPunct(j-1, ",") {
				continue
			}
			i = -1
			for k := j - 2; k >= 2; k-- {
				if c.participleInsert(k) && c.us[k-2].Kind == 'E' { // invest_backed.go
					i = k - 2
					break
				}
				if c.us[k].Kind == 'V' {
					break
				}
			}
			if i < 0 {
				continue
			}
		}
		if c.us[i].Kind != 'E' || c.ents[c.us[i].ent].poss || c.isCountry(i) || c.isPerson(x, i) {
			continue
		}
		k := j + 1
		if c.us[k].Kind == 'M' && copulaDeterminer(c.us[k].words) {
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
