package extract

// renamedParen reads a subject that carries its other name in brackets
// (helper z23inv): "Facebook (now Meta) invested". j is the closing
// bracket before the verb; the result is the company's present name, or
// -1. "Meta (formerly Facebook) bought" is left: the modality reader takes
// "formerly" for a past fact.
func (c *clauses) renamedParen(j int) int {
	if j < 4 || !c.isPunct(j, ")") || c.us[j-1].Kind != 'E' || !c.isPunct(j-3, "(") || c.us[j-4].Kind != 'E' {
		return -1
	}
	if c.ents[c.us[j-1].ent].poss || c.ents[c.us[j-4].ent].poss || len(c.ents[c.us[j-1].ent].ms) != 1 || len(c.ents[c.us[j-4].ent].ms) != 1 {
		return -1
	}
	if c.us[j-2].words != "now" {
		return -1
	}
	return j - 1
}
