package extract

// titledSubjectOrg is the organisation whose title the subject of verb v
// holds in its own apposition ("ELYZA's chief executive, P, co-founded the
// company in 2018", "P, ELYZA's chief executive, co-founded the company"):
// what "the company" the person founded stands for, nearer than any
// company the article named before (round 41, dev26). ok is false when the
// subject has no such apposition.
func (c *clauses) titledSubjectOrg(x *extractor, v int) (arg, bool) {
	s := c.subject(v)
	if s < 0 || c.us[s].Kind != 'E' || !c.isPerson(x, s) {
		return arg{}, false
	}
	owner := -1
	switch {
	case s >= 3 && c.isPunct(s-1, ",") && c.us[s-2].Kind == 'N' && hasTitle(c.us[s-2].words) && c.us[s-3].Kind == 'E' && c.ents[c.us[s-3].ent].poss:
		owner = s - 3 // "Y's chief executive, P,"
	case s+3 < len(c.us) && c.isPunct(s+1, ",") && c.us[s+2].Kind == 'E' && c.ents[c.us[s+2].ent].poss && c.us[s+3].Kind == 'N' && hasTitle(c.us[s+3].words):
		owner = s + 2 // "P, Y's chief executive,"
	}
	if owner < 0 || c.isPerson(x, owner) || c.isCountry(owner) {
		return arg{}, false
	}
	as := c.args(x, owner)
	if len(as) != 1 || as[0].slug == "" || as[0].m != nil && as[0].m.Coref {
		return arg{}, false
	}
	return as[0], true
}
