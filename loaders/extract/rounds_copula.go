package extract

// Two more ways a round names its investors (round 34, dev21): a copula
// with an investor noun in the round ("KT Corp, the country's
// second-largest mobile operator, was the biggest single investor in the
// round"), and funds named by their manager ("The round was led by funds
// managed by BlackRock Private Equity Partners"): the manager invested.

// investorInRound reports whether the copula at v has an investor noun
// for its complement followed by "in" a round.
func (c *clauses) investorInRound(v int) bool {
	n := v + 1
	for n < len(c.us) && c.us[n].Kind == 'M' {
		n++
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !roundInvestorNouns[c.us[n].Lemma] {
		return false
	}
	for _, p := range c.pps(n + 1) {
		if p.prep == "in" && roundNoun(c.us[p.at]) && c.us[p.at].Kind != 'E' {
			return true
		}
	}
	return false
}

// roundInvestorNouns are the nouns that make a round's investor.
var roundInvestorNouns = map[string]bool{
	"investor": true, "backer": true, "participant": true, "contributor": true, "funder": true,
}

// managedFundsBy returns the manager's unit after funds at unit k
// ("funds managed by X", "vehicles advised by X"), or -1.
func (c *clauses) managedFundsBy(k int) int {
	if k+3 >= len(c.us) || c.us[k].Kind != 'N' || c.us[k].Lemma != "fund" && c.us[k].Lemma != "vehicle" {
		return -1
	}
	v := c.us[k+1]
	if v.Kind != 'V' || v.Lemma != "manage" && v.Lemma != "advise" && v.Lemma != "run" {
		return -1
	}
	if c.us[k+2].Kind != 'P' || c.us[k+2].Lemma != "by" || c.us[k+3].Kind != 'E' {
		return -1
	}
	return k + 3
}
