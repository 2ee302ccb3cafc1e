package extract

// A person's possessive before a company is newsroom shorthand for who
// owns or runs it: "a pact with Elon Musk's SpaceX", "with tycoon Li
// Wei's Harbour Telecom". The partner is the company; the person is its
// owner, no partner and no party to the deal.

// personOwned returns the unit of the company named right after the
// possessive person at unit k ("P's X"), else k. (x may be nil: isPerson
// reads the mention alone.)
func (c *clauses) personOwned(x *extractor, k int) int {
	if k < 0 || k+1 >= len(c.us) || c.us[k].Kind != 'E' || !c.ents[c.us[k].ent].poss || !c.isPerson(x, k) {
		return k
	}
	if n := k + 1; c.us[n].Kind == 'E' && !c.isPerson(x, n) && !c.isCountry(n) {
		return n
	}
	return k
}
