package extract

import "github.com/telcograph/telcograph/schema"

// "KKR invested alongside T-Mobile through its infrastructure funds"
// (round 39, from dev4): an investment verb with no investee of its own,
// whose partner after "alongside" the article has just stated as an
// investor, shares that investee.

// famInvestAlongside reads "A invested alongside B" against B's latest
// investment in the facts so far (three sentences back at most).
func (x *extractor) famInvestAlongside(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma != "invest" && u.Lemma != "co-invest" || v+2 >= len(c.us) {
			continue
		}
		k := v + 1
		if c.us[k].Kind != 'P' || c.us[k].Lemma != "alongside" || c.us[k+1].Kind != 'E' {
			continue // "invested in Y alongside B" names its investee: other families read it
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		partners := c.args(x, k+1)
		if len(partners) != 1 {
			continue
		}
		b := x.resolve(partners[0], orgTypesAll)
		y := x.latestInvestee(b, 3)
		if b == "" || y == "" {
			continue
		}
		x.rule = "invest.alongside"
		for _, a := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelInvestedIn, a, arg{slug: y, text: "(" + x.nameOf(y) + ")"}, c.modText(subj, v), 0.7, schema.Fact{})
		}
	}
}

// latestInvestee is the investee of investor's latest stated investment
// within reach sentences, or "".
func (x *extractor) latestInvestee(investor string, reach int) string {
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Relation == schema.RelInvestedIn && f.Subject.ID == investor && f.Modality == "" && x.sentIdx-f.lastSaid <= reach {
			return f.Object.ID
		}
	}
	return ""
}
