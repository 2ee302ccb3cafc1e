package extract

// famVentureRelative: "GSA, a joint venture Singtel set up with Gulf
// Energy and AIS," - a venture noun in apposition to the venture's name,
// followed by a relative clause without its pronoun whose subject formed
// it with the others. The subject and the "with" parties are the
// partners; the name before the comma is the venture.
func (x *extractor) famVentureRelative(c *clauses) {
	for j := 2; j+3 < len(c.us); j++ {
		u := c.us[j]
		if u.Kind == 'M' {
			u.Kind = 'N' // "a joint venture" read as a determiner phrase before a name
		}
		if !ventureNoun(u) || !c.isPunct(j-1, ",") || c.us[j-2].Kind != 'E' {
			continue
		}
		s, v := j+1, j+2
		if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.us[v].Kind != 'V' || !ventureFoundVerbs[c.us[v].Lemma] || c.us[v].Passive || c.us[v].Neg {
			continue
		}
		if v+2 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "with" || c.us[v+2].Kind != 'E' {
			continue
		}
		w := v + 2
		if c.ents[c.us[w].ent].poss && c.isCountry(w) && w+1 < len(c.us) && c.us[w+1].Kind == 'E' {
			w++ // "with Thailand's Gulf Energy and AIS"
		}
		venture := c.args(x, j-2)
		if len(venture) != 1 {
			continue
		}
		parts := append(c.args(x, s), c.args(x, w)...)
		if len(parts) < 2 {
			continue
		}
		x.rule = "jointVenture.relative"
		x.jointVenture(c.s, parts, c.modText(s, v), "named "+c.text(j-2, j-2), "", shareRE.FindString(c.text(j, j)), 0.75)
	}
}
