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
	} else if n < len(c.us) && c.us[n].Kind == 'E' {
		n++ // "Edge Compute Forum members:", "... Forum - members:": roster_lead.go
		if c.isPunct(n, "-") || c.isPunct(n, "–") || c.isPunct(n, "—") || c.isPunct(n, ":") {
			n++
		}
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !membershipNouns[c.us[n].Lemma] || c.us[n].hasMod(notYetMods...) {
		return
	}
	list := c.afterColon(n)
	if m := c.leadInNote(n); list < 0 && m > n+1 && n > 0 {
		// "Edge Compute Forum members, as of June 2025:" - a note between
		// the noun and the colon parts them only when the lead-in names its
		// group; a bare "The founding members, as of 2024:" leaves the group
		// to the discourse, which may have moved on (round 12: taken as
		// any lead-in's, it gave dev4 eight founders of the wrong group)
		if k := c.skipBullet(m + 1); k < len(c.us) && c.us[k].Kind == 'E' {
			list = k
		}
	}
	if list < 0 || !c.isPunct(n+1, ":") && c.leadInNote(n) < 0 {
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
	if n > 0 && c.us[0].Kind == 'E' && !c.ents[c.us[0].ent].poss {
		// the name before the noun is the roster's group, or the roster is
		// no group's ("Acme Telecom members:")
		as := c.args(x, 0)
		alliance, ok = arg{}, len(as) == 1 && x.resolve(as[0], allianceTypes) != ""
		if ok {
			alliance = as[0]
		}
	}
	if !ok {
		return
	}
	alliance = x.rosterGroup(c, alliance) // roster_lead.go
	for _, a := range c.args(x, list) {
		x.emitFact(c.s, rel, a, alliance, "", 0.7, schema.Fact{})
	}
}
