package extract

import "strings"

// An object relative clause on the investee (helper z19inv, issue 13):
// "Lambda, which Nvidia backs, will open a data centre", "Y, which A
// funds", "Y, which A invested in last year": the relative clause's subject
// invested in its antecedent. The verb must be active, not negated, and
// take no object of its own ("Y, which A backs with loans" still reads;
// "Y, which A owns 30% of" is for the stake rules).

// relObjectVerbs are the verbs of backing read this way; "which A owns"
// or "controls" tells a parent as often as a shareholder ("the Indian
// carrier that Bharti Enterprises controls": no investment in the gold).
var relObjectVerbs = map[string]bool{"back": true, "fund": true, "finance": true, "bankroll": true}

// famInvestRelObject reads "Y, which A backs" in one sentence.
func (x *extractor) famInvestRelObject(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || v < 1 || c.us[v-1].Kind != 'E' {
			continue
		}
		n := v + 1
		ante := c.relativeObject(v - 1)
		if ante < 0 {
			ante = c.contactObject(v - 1) // "Y, the cloud provider it backed in February" (round 33)
		}
		switch {
		case relObjectVerbs[u.Lemma]:
		case u.Lemma == "invest" && n < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "in" &&
			(n+1 >= len(c.us) || c.us[n+1].Kind != 'E'):
			n++ // "which A invested in (last year)": the preposition stranded
		case u.Lemma == "take" && n+1 < len(c.us) && c.us[n].Kind == 'N' && c.us[n].words == "control" && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "of" &&
			(n+2 >= len(c.us) || c.us[n+2].Kind != 'E'):
			n += 2 // "the spin-off it took control of last year" (round 33)
		default:
			continue
		}
		if n < len(c.us) && (c.us[n].Kind == 'E' || c.us[n].Kind == 'N' && c.us[n].Lemma != "year" && c.us[n].Lemma != "month") {
			continue // an object of its own
		}
		if ante < 0 || c.ents[c.us[ante].ent].poss {
			continue
		}
		investors, investees := c.args(x, v-1), c.args(x, ante)
		if c.us[v-1].words == "it" && c.relativeObject(v-1) < 0 {
			// "A said a service built with Y, the provider it backed":
			// "it" is not Y, whatever is nearest; it is the clause's
			// first name before Y
			f := c.firstNameBefore(ante)
			if f < 0 {
				continue
			}
			investors = c.args(x, f)
		}
		if x.ownsItself(investors, investees) {
			continue
		}
		x.rule = "invest.which-obj"
		x.investEach(c, investors, investees, c.modText(v-1, v), 0.7)
	}
}

// contactObject is the name a description in apposition stands for when a
// relative clause without a pronoun follows the description ("Y, the
// cloud provider it backed": subj is the unit of "it"), or -1.
func (c *clauses) contactObject(subj int) int {
	d := subj - 1
	if d >= 4 && (c.us[d].Kind == 'M' || c.us[d].Kind == 'N') && c.us[d-1].Kind == 'E' && !c.ents[c.us[d-1].ent].poss && c.us[d-2].Kind == 'M' && c.us[d-2].words == "the" &&
		c.isPunct(d-3, ",") && c.us[d-4].Kind == 'E' && !c.ents[c.us[d-4].ent].poss {
		return d - 4 // "Y, the University of Tokyo spin-off it took control of" (round 33, dev20)
	}
	if d < 2 || c.us[d].Kind != 'M' && c.us[d].Kind != 'N' && c.us[d].Kind != 'E' || !strings.HasPrefix(c.us[d].words, "the ") || !c.isPunct(d-1, ",") || c.us[d-2].Kind != 'E' || c.ents[c.us[d-2].ent].poss {
		return -1
	}
	return d - 2
}

// firstNameBefore is the first entity unit of the sentence, before unit
// end, that is no possessive and no country, or -1.
func (c *clauses) firstNameBefore(end int) int {
	for k := 0; k < end; k++ {
		if c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss && !c.isCountry(k) {
			return k
		}
	}
	return -1
}
