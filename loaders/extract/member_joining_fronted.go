package extract

// "Joining A and B in X are C, D and E": a fronted gerund before an
// inverted copula. Those joined (A and B) are already in X, as in "C joins
// A and B in X" (member_joins_in.go); those joining (C, D, E) stand after
// the copula, where the frame reads them. Near miss: "Joining A in X was
// a mistake" has no names after the copula, and "Joining X, A said" no
// "in" phrase.

// frontedJoiningIn reports whether the joining verb at unit v opens the
// sentence as a gerund ("Joining") and its "in" phrase is followed by a
// copula with an organisation after it.
func (x *extractor) frontedJoiningIn(c *clauses, v int) bool {
	if v != 0 || c.us[v].words != "joining" {
		return false
	}
	k := v + 3
	for k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	k++ // the group
	if k+1 >= len(c.us) || c.us[k].Kind != 'V' || c.us[k].Lemma != "be" {
		return false
	}
	for j := k + 1; j < len(c.us) && !c.boundary(j); j++ {
		if c.us[j].Kind == 'E' {
			return !c.isPerson(x, j)
		}
	}
	return false
}
