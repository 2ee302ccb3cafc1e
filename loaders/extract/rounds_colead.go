package extract

// This file reads the partner a lead names with "with" (helper x13i10,
// issue 13, on the drill testdata/drills/invest3): "A co-led the seed
// round of Y with B", "A led the Series B with B": B led it too and
// invested in Y, as a co-lead named by "and" ("A and B co-led") does.
// Only a name right after "with" counts; "with participation from C" is
// rounds.go's, and "with C taking part" the older phrasing rules'.

// coLeads are the names of "with" phrases among the prepositional
// phrases that follow the round noun of a lead clause, from unit from on.
func (c *clauses) coLeads(x *extractor, from int) []arg {
	var out []arg
	for _, p := range c.pps(from) {
		if p.prep == "with" && c.us[p.at].Kind == 'E' && !c.isCountry(p.at) {
			out = append(out, c.args(x, p.at)...)
		}
	}
	return out
}
