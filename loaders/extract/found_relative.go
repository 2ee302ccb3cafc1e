package extract

import "github.com/telcograph/telcograph/schema"

// A group founded in a relative clause that gaps the founded object:
// "the Radio Forum that it co-founded with A and B", "the alliance, which
// Acme set up with B in 2021". The relative clause's subject and the
// parties after "with" are founding members of the antecedent.

// foundRelative reads an active founding verb with no object whose
// subject follows "that" or "which" after a group.
func (x *extractor) foundRelative(c *clauses, v int, ps []pp) {
	var with []arg
	for _, p := range ps {
		if p.prep == "with" {
			with = append(with, x.withParties(c, p.at)...)
		}
	}
	if !founders[c.us[v].Lemma] && (c.us[v].Lemma != "launch" || len(with) == 0) {
		return // launching alone makes no single founder; launching with others does
	}
	subj := helpedSubject(c, v) // found_helped.go
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
	members := append(c.args(x, subj), with...)
	mt := c.modText(subj, v)
	// The relative founds the antecedent as the active clause does
	// ("the Radio Forum, which Acme launched last month together with B
	// and C", round 34, dev21).
	if x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.7, schema.Fact{Date: x.dateOf(c.s)}) {
		x.foundedNow = x.resolve(alli[0], allianceTypes)
	}
	for _, a := range members {
		x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.7, schema.Fact{})
	}
}

// withParties are the organisations a "with" phrase at unit k names: the
// entity itself, or the names a plural noun introduces ("with start-ups
// including A and B", "with partners such as A").
func (x *extractor) withParties(c *clauses, k int) []arg {
	if c.us[k].Kind == 'E' {
		return c.args(x, k)
	}
	if c.us[k].Kind != 'N' || k+2 >= len(c.us) {
		return nil
	}
	j := k + 1
	if w := c.us[j].words; w != "including" && w != "such as" && w != "like" {
		return nil
	}
	if c.us[j+1].Kind != 'E' {
		return nil
	}
	return c.args(x, j+1)
}
