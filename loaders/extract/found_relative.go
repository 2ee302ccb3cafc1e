package extract

import "github.com/telcograph/telcograph/schema"

// A group founded in a relative clause that gaps the founded object:
// "the Radio Forum that it co-founded with A and B", "the alliance, which
// Acme set up with B in 2021". The relative clause's subject and the
// parties after "with" are founding members of the antecedent.

// foundRelative reads an active founding verb with no object whose
// subject follows "that" or "which" after a group.
func (x *extractor) foundRelative(c *clauses, v int, ps []pp) {
	if !founders[c.us[v].Lemma] {
		return // launching alone makes no single founder
	}
	subj := v - 1
	if subj < 2 || c.us[subj].Kind != 'E' {
		return
	}
	rel := subj - 1
	if w := c.us[rel].words; !c.relative(rel) || w != "that" && w != "which" {
		return
	}
	g := rel - 1
	if c.isPunct(g, ",") {
		g--
	}
	if g < 0 || c.us[g].Kind != 'E' {
		return
	}
	alli := c.args(x, g)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return
	}
	members := c.args(x, subj)
	for _, p := range ps {
		if p.prep == "with" && c.us[p.at].Kind == 'E' {
			members = append(members, c.args(x, p.at)...)
		}
	}
	mt := c.modText(subj, v)
	for _, a := range members {
		x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.7, schema.Fact{})
	}
}
