package extract

import "github.com/telcograph/telcograph/schema"

// A second passive participle coordinated with a first, sharing its
// auxiliary and its subject (issue 13, round 30, from dev16): "The group
// is led by Chief Executive Margherita Della Valle and chaired by
// Jean-Francois van Boxmeer". The bare "chaired by Q" after "and" has the
// subject of the passive before it: Q chairs it. Only a subject that is
// an organisation, and a person as the agent.

// famCoordChairedBy reads the shape on one sentence.
func (x *extractor) famCoordChairedBy(c *clauses) {
	for v := 2; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "chair" || u.Passive || u.Neg || u.To-u.From != 1 || c.ts[u.From].Form != formPast && c.ts[u.From].Form != formPart {
			continue
		}
		if c.us[v-1].Kind != 'O' || c.us[v-1].words != "and" || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
			continue
		}
		p := v + 2
		if c.person(x, p) != p || c.ents[c.us[p].ent].poss {
			continue
		}
		first := -1
		for k := v - 2; k >= 1 && !c.boundary(k); k-- {
			if c.us[k].Kind == 'V' {
				if c.us[k].Passive && !c.us[k].Neg {
					first = k
				}
				break
			}
		}
		if first < 0 {
			continue
		}
		s := c.subject(first)
		if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		orgs := c.args(x, s)
		if len(orgs) != 1 || x.resolve(orgs[0], orgTypesAll) == "" {
			continue
		}
		x.rule = "title.coord-chaired-by"
		x.emitFact(c.s, schema.RelChairmanOf, c.args(x, p)[0], orgs[0], c.modText(s, first), 0.7, schema.Fact{})
	}
}
