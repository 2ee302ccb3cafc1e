package extract

import "github.com/telcograph/telcograph/schema"

// This file reads a move to run another company told with a purpose
// infinitive in a relative clause (issue 13, the roles drill): "Allison
// Kirkby, who left the Swedish operator last year to run BT Group": the
// person runs the infinitive's company now. Only "who" + a verb of
// leaving + "to run/lead/head" + a company counts: "who left to run a
// marathon", "who left X to join Y" (no title) and a negated leaving state
// nothing.

// leaveLemmas are the verbs of leaving a post.
var leaveLemmas = map[string]bool{"leave": true, "quit": true, "depart": true, "exit": true}

// famLeaveToRun runs the shape above on one sentence.
func (x *extractor) famLeaveToRun(c *clauses) {
	for v := 3; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || !runLemmas[u.Lemma] || u.Lemma == "helm" ||
			c.us[v-1].Kind != 'P' || c.us[v-1].words != "to" {
			continue
		}
		l := -1
		for k := v - 2; k >= 1; k-- {
			if c.boundary(k) || c.isPunct(k, ",") {
				break
			}
			if c.us[k].Kind == 'V' {
				l = k
				break
			}
		}
		if l < 1 || !leaveLemmas[c.us[l].Lemma] || c.us[l].Neg || c.us[l].Passive || !c.relative(l-1) || c.us[l-1].words != "who" {
			continue
		}
		p, _ := c.personBefore(x, l-1)
		if p < 0 {
			continue
		}
		o := v + 1
		if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss {
			continue
		}
		if o+1 < len(c.us) && !c.boundary(o+1) && !c.isPunct(o+1, ",") && !(c.us[o+1].Kind == 'P' && c.us[o+1].Lemma == "in") {
			continue // "to run BT Group's AI lab"
		}
		orgs, ps := c.args(x, o), c.args(x, p)
		if len(orgs) != 1 || len(ps) != 1 || x.typeOf(x.resolve(orgs[0], orgTypesAll)) != schema.TypeCompany {
			continue
		}
		x.rule = "title.leave-to-run"
		x.emitFact(c.s, schema.RelCEOOf, ps[0], orgs[0], "", 0.6, schema.Fact{})
	}
}
