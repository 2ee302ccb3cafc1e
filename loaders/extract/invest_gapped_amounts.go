package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famGappedAmounts: a second amount and company after "and", with the
// verb gapped, is the same investor's second investment: "SK Telecom put
// $100 million into Anthropic last year and $10 million into Perplexity in
// June", "invested €50m in A and €20m in B" (round 28, from dev15's
// "earlier cheques"). The first investment must be the verb's own (an
// invest-family verb with its subject), the second an amount, then "in" or
// "into" and a company, before any other verb.
func (x *extractor) famGappedAmounts(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !describedInvestLemmas[u.Lemma] {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		first := -1
		for k := v + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
			if c.us[k].Kind == 'V' {
				break
			}
			if first < 0 {
				if c.us[k].Kind == 'P' && (c.us[k].Lemma == "in" || c.us[k].Lemma == "into") && c.us[k+1].Kind == 'E' && amountRE.MatchString(c.text(v, k)) {
					first = k + 1
				}
				continue
			}
			if !c.isPunct(k, "and") {
				continue
			}
			j := k + 1
			for j < len(c.us) && c.us[j].Kind == 'O' && (c.us[j].words == "$" || c.us[j].words == "€" || c.us[j].words == "£") {
				j++
			}
			if j+2 >= len(c.us) || c.us[j].Kind != 'N' || !amountRE.MatchString(c.text(k+1, j)) {
				continue
			}
			if c.us[j+1].Kind != 'P' || (c.us[j+1].Lemma != "in" && c.us[j+1].Lemma != "into") || c.us[j+2].Kind != 'E' || c.modifierOnly(j+2) {
				continue
			}
			if strings.Contains(c.us[j].words, "stake") {
				continue // "and a 10% stake in B": the stake family's
			}
			x.rule = "invest.gapped-amount"
			amt := amountRE.FindString(c.text(k+1, j))
			for _, a := range c.args(x, subj) {
				for _, b := range c.args(x, j+2) {
					x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.7, schema.Fact{Amount: amt, Date: x.dateOf(c.s)})
				}
			}
		}
	}
}

// gappedFroms reads the amounts raised from further backers after the
// first "from A", the verb gapped: "Intel took in $8.9 billion from the US
// government, $2 billion from SoftBank Group and a $5 billion commitment
// from Nvidia" (round 29, dev16). Each item is a comma or "and", an amount
// and "from" a company, before any verb; subj raised them all at verb v.
func (x *extractor) gappedFroms(c *clauses, at, subj, v int) {
	k := at + 1
	for k < len(c.us) {
		for k < len(c.us) && (c.isPunct(k, ",") || c.isPunct(k, "and")) {
			k++
		}
		if k == at+1 {
			return // no separator: the list of backers is over
		}
		p := -1
		for j := k; j < len(c.us) && j <= k+4 && !c.boundary(j); j++ {
			if c.us[j].Kind == 'V' || c.us[j].Kind == 'E' {
				break
			}
			if c.us[j].Kind == 'P' {
				p = j
				break
			}
		}
		if p <= k || c.us[p].Lemma != "from" || p+1 >= len(c.us) || c.us[p+1].Kind != 'E' || !c.moneyAt(k, p-1) {
			return
		}
		x.investPairs(c, c.args(x, p+1), c.args(x, subj), c.modText(subj, v), c.text(k, p-1), 0.7)
		at, k = p+1, p+2
	}
}
