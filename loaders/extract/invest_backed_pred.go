package extract

import "strings"

// This file reads "A-backed" as a copula's predicate (helper z18inv, issue
// 13): "Y is Acme-backed", "The lab is NTT- and KDDI-backed", with the
// first hyphen of a coordination left hanging. famControlledAppos
// (invest_relative.go) and the prenominal reading ("A-backed Y") need a
// noun after the participle; a predicate has none, so its backers went
// unread. A negated copula, a planned one and an owner that is a country
// ("is US-backed") state nothing.

// backedPredicate reports whether noun phrase words are a bare "-backed",
// "-funded", "-owned" or "-controlled" closing a name.
func backedPredicate(words string) bool {
	switch strings.TrimSpace(words) {
	case "-backed", "-funded", "-owned", "-controlled":
		return true
	}
	return false
}

// famBackedPredicate: "Y is A- and B-backed."
func (x *extractor) famBackedPredicate(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "be" || u.Neg || u.Passive {
			continue
		}
		// the backers: names joined by "-", ",", "and" up to the participle
		var backers []int
		k := v + 1
		for ; k < len(c.us); k++ {
			switch {
			case c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss && !c.isCountry(k):
				backers = append(backers, k)
				continue
			case c.isPunct(k, "-") || c.isPunct(k, ",") || c.isPunct(k, "and"):
				continue
			}
			break
		}
		if len(backers) == 0 || k >= len(c.us) || c.us[k].Kind != 'N' || !backedPredicate(c.us[k].words) || c.us[k].Start != c.us[k-1].End {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' || c.isCountry(subj) || c.ents[c.us[subj].ent].poss {
			continue
		}
		owned := c.args(x, subj)
		var owners []arg
		for _, b := range backers {
			owners = append(owners, c.args(x, b)...)
		}
		if len(owned) != 1 || x.ownsItself(owners, owned) {
			continue
		}
		x.rule = "invest.backed-predicate"
		x.investEach(c, owners, owned, c.modText(subj, v), 0.7)
	}
}
