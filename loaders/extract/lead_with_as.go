package extract

import "github.com/telcograph/telcograph/schema"

// withAsTitle: after a passive that names who runs an organisation, ",
// with Q as chairman" gives Q that title at the same organisation ("X is
// led by chief executive P, with Q as chairman": round 44, dev28). from is
// the unit after the agent; led are the organisations the clause is about.
func (x *extractor) withAsTitle(c *clauses, from int, led []arg, modText string) {
	k := from
	if !c.isPunct(k, ",") {
		return
	}
	k++
	if k+3 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "with" || c.us[k+1].Kind != 'E' || !c.isPerson(x, k+1) ||
		c.us[k+2].Kind != 'P' || c.us[k+2].Lemma != "as" || c.us[k+3].Kind != 'N' {
		return
	}
	rels, past := titleRels(c.us[k+3].words)
	if len(rels) == 0 || past || len(led) != 1 {
		return
	}
	for _, rel := range rels {
		x.emitFact(c.s, rel, c.args(x, k+1)[0], led[0], modText, 0.75, schema.Fact{})
	}
}
