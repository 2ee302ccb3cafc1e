package extract

// The pair a "they" stands for when the clause reader kept its two parties
// apart (helper z17part, issue 13, from dev3's misses): "Nvidia also took
// part, and the chipmaker and the start-up said they would work
// together", "..., and Acme and the operator said they would cooperate".
// A description resolved by coreference is an entity unit of its own, so
// "E and E" after ", and" is two units; theyParty (partner_group.go) took
// only the nearer one and found no pair. Both parties count when they open
// their clause (the sentence, a boundary, a colon, or ", and"), so a name
// inside an earlier phrase ("a deal with A and B said") is not taken.

// theyPairArgs are the parties of entity unit j, with a party coordinated
// right before it by "and" when the two open their clause.
func (x *extractor) theyPairArgs(c *clauses, j int) []arg {
	as := c.args(x, j)
	if len(as) != 1 || j < 2 || c.us[j-1].Kind != 'O' || c.us[j-1].words != "and" {
		return as
	}
	p := j - 2
	if c.us[p].Kind != 'E' || c.ents[c.us[p].ent].poss || c.ents[c.us[j].ent].poss || c.isPerson(x, p) || c.isPerson(x, j) || c.isCountry(p) || c.isCountry(j) {
		return as
	}
	opens := p == 0 || c.boundary(p-1) || c.isPunct(p-1, ":") ||
		p >= 2 && c.us[p-1].Kind == 'O' && c.us[p-1].words == "and" && c.isPunct(p-2, ",")
	if !opens {
		return as
	}
	if first := c.args(x, p); len(first) == 1 {
		return append(first, as...)
	}
	return as
}
