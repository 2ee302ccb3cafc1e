package extract

// "A took part in X's $6.6 billion round in October and in Y's $6 billion
// round two months later" (round 27, dev15): a second round in a
// coordinated "and in Y's round" has the same investors.

// coordRoundsAfter lists the companies whose rounds a clause coordinates
// after verb v with "and in Y's [amount] round"; the first round is the
// caller's.
func (c *clauses) coordRoundsAfter(x *extractor, v int) []arg {
	var out []arg
	for j := v + 2; j+2 < len(c.us); j++ {
		if c.boundary(j) && c.us[j].words != "and" {
			break
		}
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "in" || c.us[j-1].words != "and" || c.us[j+1].Kind != 'E' || !c.ents[c.us[j+1].ent].poss {
			continue
		}
		r := j + 2
		if c.isPunct(r, "$") || c.isPunct(r, "€") || c.isPunct(r, "£") {
			r++
		}
		if r >= len(c.us) || !roundNoun(c.us[r]) {
			continue
		}
		if as := c.args(x, j+1); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
			out = append(out, as[0])
		}
	}
	return out
}
