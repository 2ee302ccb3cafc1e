package extract

// addedAsBacker reports whether the object at unit obj of "add" is added
// as an investor: "it added Prosperity7 Ventures, the venture fund of
// Saudi Arabia's Aramco, as a backer" (round 28, dev: Zhipu AI's backers).
// An apposition of the object may come between; another verb, or a second
// name outside a comma-set apposition, ends the search.
func (c *clauses) addedAsBacker(obj int) bool {
	appos := false
	for k := obj + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		u := c.us[k]
		switch {
		case u.Kind == 'V':
			return false
		case c.isPunct(k, ","):
			appos = !appos
		case u.Kind == 'E' && !appos:
			return false
		case u.Kind == 'P' && u.Lemma == "as":
			n := c.us[k+1]
			if k+3 < len(c.us) && c.us[k+2].Kind == 'P' && (c.us[k+2].Lemma == "of" || c.us[k+2].Lemma == "in") && c.us[k+3].Kind == 'E' {
				return false // "as a shareholder of C": C's, not the subject's
			}
			return n.Kind == 'N' && investorNouns[n.Lemma] && !c.isPunct(k-1, "and")
		}
	}
	return false
}
