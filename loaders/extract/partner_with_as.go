package extract

// "With B, C and D as partners" (issue 13, helper z15rel, from dev3's
// misses): an absolute with-phrase that gives its names the role of
// partner in what the clause's subject does ("A opened a test centre
// with B, C and D as partners", "A will run the trial with B as its
// partner"). The subject of the verb the phrase follows is each name's
// partner, whatever that verb is, unless it is one of owning, buying or
// paying, or of making or joining a group (there the names are co-owners,
// co-founders or co-members), and unless it is negated or passive. Near
// misses (partner_with_as_test.go): former or would-be partners, a
// person, "as a partner" after a verb of buying, a group founded "with B
// as a partner".

// famWithAsPartners reads "with NAMES as (its) partners" after a verb.
func (x *extractor) famWithAsPartners(c *clauses) {
	for j := 1; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "with" || c.us[j+1].Kind != 'E' {
			continue
		}
		at, objs := c.describedListTo(j+1, "as")
		if at < 0 || at+1 >= len(c.us) {
			continue
		}
		n := c.us[at+1]
		if n.Kind != 'N' || n.Lemma != "partner" || !partnerNounOK(n) || n.hasMod("former", "founding", "charter") {
			continue
		}
		v := j - 1
		for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) && !c.relative(v) {
			v--
		}
		if v < 0 || c.us[v].Kind != 'V' || c.us[v].Neg || c.us[v].Passive || notReciprocal[c.us[v].Lemma] || groupMaking[c.us[v].Lemma] || founders[c.us[v].Lemma] {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		var bs []arg
		for _, o := range objs {
			if !c.isPerson(x, o) {
				bs = append(bs, c.args(x, o)...)
			}
		}
		x.rule = "partner.with-as"
		x.partnerPairs(c, x.subjectArgs(c, s), dropPossessors(bs), c.modText(s, v), 0.7)
	}
}
