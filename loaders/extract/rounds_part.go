package extract

// This file opens the round an investment was part of: "A invested $5
// million in Y as part of a Series A round led by B", "A's stake in Y was
// bought as part of a $40 million round led by B". The round is Y's, so
// those who led or joined it invested in Y too (helper z21pinv).

// openPartRound opens Y's round when "part of a round" follows an
// investment in Y in the same sentence.
func (x *extractor) openPartRound(c *clauses) {
	for k, u := range c.us {
		if u.Kind != 'N' || u.words != "part" || k+2 >= len(c.us) || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" {
			continue
		}
		if r := c.pricedNoun(c.skipRoundDeterminers(k + 2)); r >= len(c.us) || !roundNoun(c.us[r]) || c.us[r].Kind == 'E' {
			continue
		}
		if y := c.investeeBefore(k); y >= 0 {
			if as := c.args(x, y); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
				x.round = &fundingRound{co: as[0], sent: x.sentIdx}
			}
		}
		return
	}
}

// investeeBefore is the entity invested in before unit k: the object of
// "in" after a verb of investing or an investment noun; -1 if none.
func (c *clauses) investeeBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		u := c.us[j]
		switch {
		case u.Kind == 'V' && u.Lemma == "invest" && !u.Neg && !u.Passive:
			for _, p := range c.pps(j + 1) {
				if p.at < k && (p.prep == "in" || p.prep == "into") && c.us[p.at].Kind == 'E' {
					return p.at
				}
			}
		case u.Kind == 'N' && (u.Lemma == "investment" || u.Lemma == "stake") && j+2 < k && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "in":
			y := j + 2 // "an investment in chip designer Y"
			for y+1 < k && (c.us[y].Kind == 'M' || c.us[y].Kind == 'N' && c.us[y+1].Kind == 'E') {
				y++
			}
			if c.us[y].Kind == 'E' {
				return y
			}
		}
	}
	return -1
}
