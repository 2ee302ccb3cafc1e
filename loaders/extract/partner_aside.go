package extract

// asideAdverbs are the adverbs a reporter sets between commas after "and"
// before the next partner: "with B and, separately, with C", "and, later,
// C".
var asideAdverbs = map[string]bool{"separately": true, "also": true, "later": true, "earlier": true, "additionally": true, "similarly": true, "likewise": true, "subsequently": true}

// skipAside returns the unit after an aside adverb that opens at unit n
// (an optional comma, the adverb, an optional comma), and whether there
// was one; without an aside it returns n.
func (c *clauses) skipAside(n int) (int, bool) {
	k := n
	if c.isPunct(k, ",") {
		k++
	}
	if k < len(c.us) && c.us[k].Kind != 'E' && asideAdverbs[c.us[k].words] {
		k++
		if c.isPunct(k, ",") {
			k++
		}
		return k, true
	}
	return n, false
}

// asideEnds reports whether the entity at unit e, named right after an
// aside with no preposition, closes the phrase (the sentence or a comma
// follows, not a verb of its own: "and, separately, C signed ...").
func (c *clauses) asideEnds(e int) bool {
	return e+1 >= len(c.us) || c.isPunct(e+1, ",") || c.isPunct(e+1, ".") || c.boundary(e+1)
}
