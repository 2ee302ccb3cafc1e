package extract

import "github.com/telcograph/telcograph/schema"

// This file (round 26, from probe set D) reads a group's members from a
// relative clause on the group's name: "X, which includes A and B",
// "X, a bid group that also includes A, B and C". The relative's
// antecedent is the group itself or a group noun in apposition to it;
// anything else ("a portfolio that includes", "its board, which includes")
// is left to famInclude.

// famWhichIncludes states memberOf for the list a relative "include" or
// "comprise" at verb v gives a named group, and reports whether it did.
func (x *extractor) famWhichIncludes(c *clauses, v int) bool {
	if l := c.us[v].Lemma; l != "include" && l != "comprise" || c.us[v].Passive || c.us[v].Neg {
		return false
	}
	r := v - 1
	for r > 0 && c.us[r].Kind == 'O' && c.us[r].tag == posAdv {
		r-- // "which also includes", "that now includes"
	}
	if !c.relative(r) || c.us[r].words == "who" || c.us[r].words == "whose" || r < 2 {
		return false
	}
	g := r - 1
	if c.us[g].Kind == 'N' && allianceNouns[c.us[g].Lemma] && g >= 2 && c.isPunct(g-1, ",") {
		g -= 2 // "X, a bid group that includes"
	} else if c.isPunct(g, ",") {
		g-- // "X, which includes"
	} else {
		return false
	}
	if g < 0 || c.us[g].Kind != 'E' || c.ents[c.us[g].ent].poss {
		return false
	}
	alli := c.args(x, g)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return false
	}
	list := -1
	for j := v + 1; j < len(c.us) && !c.boundary(j) && !c.relative(j) && c.us[j].Kind != 'V'; j++ {
		if c.us[j].Kind == 'E' {
			list = c.described(j)
			break
		}
	}
	if list < 0 {
		return false
	}
	rel := schema.RelMemberOf
	for _, p := range c.pps(list + 1) {
		if p.prep != "among" && p.prep != "as" {
			continue
		}
		n := c.us[p.at]
		switch {
		case n.Kind == 'N' && (n.hasMod("founding", "co-founding") || n.Lemma == "founder" || n.Lemma == "co-founder"):
			rel = schema.RelFoundingMember // "which includes A among its founders"
		case n.Kind == 'N' && membershipNouns[n.Lemma]:
		default:
			return false // "which includes A among its customers"
		}
	}
	x.rule = "member.which-includes"
	done := false
	for _, a := range c.args(x, list) {
		if x.emitFact(c.s, rel, a, alli[0], c.text(r, v), 0.7, schema.Fact{}) {
			done = true
		}
	}
	return done
}
