package extract

// coordinatedSubject is the subject of the verb group before the
// conjunction at unit and (over a comma): "A has signed up B as a
// partner, and has teamed with C" gives C's verb A. It returns -1 when no
// verb precedes within the clause, or that verb has no subject.
func (c *clauses) coordinatedSubject(and int) int {
	k := and - 1
	if c.isPunct(k, ",") {
		k--
	}
	for ; k >= 0 && !c.boundary(k) && !c.isPunct(k, ";"); k-- {
		if c.isPunct(k, ",") && c.placeCountryTail(k, and) {
			continue // "A is based in Lyon, France, and is backed by B" (clause_coord_place.go)
		}
		if c.isPunct(k, ",") || c.relative(k) {
			// "A builds X, B rents them out and counts C among ...": the
			// clause before the comma is another's; "A, which controls B
			// and is ...": a relative clause's verbs are left to it
			return -1
		}
		if c.us[k].Kind == 'V' {
			if k >= 1 && c.relative(k-1) {
				if w := c.us[k-1].words; (w == "which" || w == "who") && !c.isPunct(and-1, ",") {
					// "A, which spends on research and is a member of X":
					// the relative clause's second verb group shares its
					// antecedent (member_relative_coord_test.go)
					return c.subject(k)
				}
				return -1
			}
			s := c.subject(k)
			if s >= 1 && c.us[s-1].Kind == 'P' {
				return -1 // "A's venture with the operators is registered ... and is led by": no subject of its own
			}
			return s
		}
	}
	return -1
}
