package extract

// A possessor's unit named in apposition (helper z22binv, issue 13, from
// real news): "took a 25% stake in Acme's data centre arm, Borealis, for
// $235 million" puts the money in Borealis, not in Acme. A possessive
// name, one common noun phrase, a comma and a single name closed by a
// comma or the end of the sentence: the name is what the phrase stands
// for wherever a described name may stand (clauses.described).

// possessorUnitNamed is the unit of the name after "A's unit," at j, or j.
func (c *clauses) possessorUnitNamed(j int) int {
	if j+3 >= len(c.us) || c.us[j].Kind != 'E' || !c.ents[c.us[j].ent].poss || c.isCountry(j) || len(c.ents[c.us[j].ent].ms) != 1 {
		return j
	}
	if c.us[j+1].Kind != 'N' || temporal(c.us[j+1].words) || !c.isPunct(j+2, ",") || c.us[j+3].Kind != 'E' {
		return j
	}
	if e := c.ents[c.us[j+3].ent]; e.poss || len(e.ms) != 1 || c.isCountry(j+3) {
		return j
	}
	if k := j + 4; k < len(c.us) && !c.isPunct(k, ",") && !c.isPunct(k, ".") {
		return j
	}
	return j + 3
}
