package extract

// "Liberty Global's Dutch joint venture with Vodafone, VodafoneZiggo"
// (issue 13, drill ventures2): a nationality between the owner's
// possessive and the venture noun is read as a country unit, which hid
// the owner from "A's joint venture with B" (families2.go).

// skipNationality returns the unit before a country unit at p that
// stands between a possessive owner and the noun after it ("A's Dutch
// venture"), else p.
func (c *clauses) skipNationality(p int) int {
	if p >= 1 && c.us[p].Kind == 'E' && c.isCountry(p) && !c.ents[c.us[p].ent].poss && c.us[p-1].Kind == 'E' && c.ents[c.us[p-1].ent].poss {
		return p - 1
	}
	return p
}
