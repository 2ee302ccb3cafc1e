package extract

// famVenturePairRelative: "SB OAI Japan, the venture the two companies set
// up in February", "J is the venture A and B formed last year" - a venture
// noun beside (in apposition to, or the complement of "is") the venture's
// name, followed by a relative clause without its pronoun whose subject
// is two or more organisations that founded it. With a plural founding
// subject "venture" needs no "joint": the subject's parties are the
// partners; the name before the noun is the venture.
func (x *extractor) famVenturePairRelative(c *clauses) {
	for j := 2; j+2 < len(c.us); j++ {
		u := c.us[j]
		if u.Kind != 'N' && u.Kind != 'M' {
			continue
		}
		name := j - 2
		if u.Lemma != "venture" && u.Lemma != "jv" {
			if name = c.splitNounName(j); name < 0 { // venture_split_relative.go
				continue
			}
		} else if c.us[j-2].Kind != 'E' || !(c.isPunct(j-1, ",") || c.us[j-1].Kind == 'V' && c.us[j-1].Lemma == "be" && !c.us[j-1].Neg) {
			continue
		}
		s, v := j+1, j+2
		if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.us[v].Kind != 'V' || !ventureFoundVerbs[c.us[v].Lemma] || c.us[v].Passive || c.us[v].Neg {
			continue
		}
		if v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "with" {
			continue // venture_relative.go's shape
		}
		venture := c.args(x, name)
		if len(venture) != 1 {
			continue
		}
		// A plural description read from this sentence may count the
		// venture itself among its founders: never a partner of itself.
		vs := x.resolve(venture[0], orgTypesAll)
		var parts []arg
		for _, p := range c.args(x, s) {
			if sp := x.resolve(p, orgTypesAll); sp != "" && sp != vs {
				parts = append(parts, p)
			}
		}
		if len(parts) < 2 {
			continue
		}
		x.rule = "jointVenture.pairRelative"
		x.jointVenture(c.s, parts, c.modText(s, v), "named "+c.text(name, name), "", shareRE.FindString(c.text(name+1, j)), 0.75)
		x.foundedInRelative(c, venture[0], s, v) // venture_split_relative.go
	}
}
