package extract

import "github.com/telcograph/telcograph/schema"

// This file reads a second investor told by "followed with" an amount in
// a clause coordinated after an investment (helper z23inv): "A invested
// $5.7 billion for 9.99% of Y, and B followed with $4.5 billion for a
// 7.7% stake": B invested in the company the first clause invested in.
// The first clause must have stated one investment of the sentence, in
// one company.

// famFollowedWith reads "..., and B followed with $X".
func (x *extractor) famFollowedWith(c *clauses) {
	for v := 3; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "follow" || u.Neg || u.Passive || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "with" ||
			!c.amountAt(c.skipApprox(v+2)) && !(c.isPunct(v+2, "$") || c.isPunct(v+2, "€") || c.isPunct(v+2, "£")) {
			continue
		}
		b := v - 1
		if c.us[b].Kind != 'E' || c.isCountry(b) || c.isPerson(x, b) || !c.isPunct(b-1, "and") || !c.isPunct(b-2, ",") {
			continue
		}
		y := ""
		for _, f := range x.facts {
			if f.Relation != schema.RelInvestedIn || f.Evidence != c.s.text {
				continue
			}
			if y != "" && y != f.Object.ID {
				return // two companies invested in: which one is unclear
			}
			y = f.Object.ID
		}
		if y == "" {
			continue
		}
		x.rule = "invest.followed-with"
		for _, a := range c.args(x, b) {
			x.emitFact(c.s, schema.RelInvestedIn, a, arg{slug: y, text: "(" + x.nameOf(y) + ")"}, c.modText(b, v), 0.7, schema.Fact{})
		}
	}
}
