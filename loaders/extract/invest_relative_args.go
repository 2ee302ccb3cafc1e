package extract

// This file gives the relative clauses of famControl (rounds2.go) their
// investor when the antecedent is a description in apposition to a name
// (helper x13z5, issue 13): in "SK Group, the conglomerate that controls
// SKT" and "the Public Investment Fund, the kingdom's sovereign wealth
// fund, which owns it outright" the one that controls or owns is the
// name the description stands beside, not whatever coreference would
// make of "the conglomerate" or "the fund" on its own.

// describedName is the name entity unit that the description at entity unit
// u stands in apposition to ("NAME, the DESCRIPTION"), else u itself. The
// description must be one coreferring mention (no name of its own) right
// after the name and its comma; a possessive name or a country before the
// comma is no antecedent ("Korea's, the ..." cannot stand there).
func (c *clauses) describedName(x *extractor, u int) int {
	if u < 2 || u >= len(c.us) || c.us[u].Kind != 'E' || !c.isPunct(u-1, ",") {
		return u
	}
	as := c.args(x, u)
	if len(as) != 1 || as[0].m == nil || !as[0].m.Coref {
		return u
	}
	n := u - 2
	if c.us[n].Kind != 'E' || c.isCountry(n) || c.ents[c.us[n].ent].poss {
		return u
	}
	if ns := c.args(x, n); len(ns) != 1 || ns[0].m == nil || ns[0].m.Coref {
		return u
	}
	return n
}

// boundIt is the entity unit an object "it" of a relative clause stands
// for when its antecedent is the clause's own subject: in "It was
// launched by the fund, which owns it outright" the fund cannot own
// itself (that would be "itself"), so "it" is the sentence's main
// subject, the entity unit that opens the sentence. It returns obj
// unchanged when "it" already stands for something else, and -1 when it
// stands for the subject and the sentence opens with no other entity.
func (c *clauses) boundIt(x *extractor, subj, obj int) int {
	if obj < 0 || obj >= len(c.us) || c.us[obj].Kind != 'E' || c.us[obj].words != "it" {
		return obj
	}
	ss, os := c.args(x, subj), c.args(x, obj)
	if len(ss) != 1 || len(os) != 1 || ss[0].slug == "" || ss[0].slug != os[0].slug {
		return obj
	}
	if c.us[0].Kind != 'E' || len(c.us) < 2 || c.us[1].Kind != 'V' {
		return -1
	}
	if ms := c.args(x, 0); len(ms) != 1 || ms[0].slug == "" || ms[0].slug == ss[0].slug {
		return -1
	}
	return 0
}
