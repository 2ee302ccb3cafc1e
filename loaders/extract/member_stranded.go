package extract

// Memberships told in a relative clause whose preposition is stranded
// (helper z25found, round 21): "Europe's 6G association, which Nokia and
// Ericsson also belong to", "the Radio Forum, which A and B are founding
// members of". The group is the relative's antecedent, the name before
// ", which" (clause.go's relativeObject), as for "X, which A joined"; the
// members are the clause's subject. "The fund that A belongs to" or a
// sentence that takes a membership back anywhere states nothing.

// strandedPrep marks a preposition with nothing after it in its clause.
const strandedPrep = -2

// strandedOr is strandedPrep when the preposition at unit p ends its
// clause (the end of the sentence, a comma, a boundary, a time: "belong
// to, and", "members of since 2021"), else next, the unit after it.
func (c *clauses) strandedOr(p, next int) int {
	k := p + 1
	for k < len(c.us) && (c.us[k].Kind == 'M' || c.us[k].Kind == 'N' && timeUnit(c.us[k].words)) {
		k++
	}
	if k >= len(c.us) || c.boundary(k) || c.isPunct(k, ",") || c.us[k].Kind == 'O' && c.us[k].words == "and" {
		return strandedPrep
	}
	return next
}
