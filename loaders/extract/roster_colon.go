package extract

import "github.com/telcograph/telcograph/schema"

// A verbless roster: a membership noun opening the sentence, a colon and
// the list ("Members: A, B and C", "Its founders: A and B", "The
// alliance's signatories: A, B"), as fact boxes and tables
// (layout_table.go) set them out. The group is the one before the noun
// or the one the sentence or discourse names (possessorAlliance).

// famRosterColon reads a verbless roster.
func (x *extractor) famRosterColon(c *clauses) {
	n := 0
	if n < len(c.us) && c.us[n].Kind == 'E' && c.ents[c.us[n].ent].poss {
		n++ // "The alliance's members:"
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !membershipNouns[c.us[n].Lemma] {
		return
	}
	list := c.afterColon(n)
	if list < 0 || !c.isPunct(n+1, ":") {
		return
	}
	for j := list; j < len(c.us); j++ {
		if c.us[j].Kind == 'V' {
			return // "Members: A and B will vote": a clause, read by the families
		}
	}
	noun := c.us[n]
	rel := schema.RelMemberOf
	if noun.hasMod("founding", "co-founding") || noun.Lemma == "founder" || noun.Lemma == "co-founder" {
		rel = schema.RelFoundingMember
	}
	alliance, ok := x.possessorAlliance(c, n)
	if !ok {
		return
	}
	for _, a := range c.args(x, list) {
		x.emitFact(c.s, rel, a, alliance, "", 0.7, schema.Fact{})
	}
}
