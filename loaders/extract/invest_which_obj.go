package extract

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
		switch {
		case relObjectVerbs[u.Lemma]:
		case u.Lemma == "invest" && n < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "in" &&
			(n+1 >= len(c.us) || c.us[n+1].Kind != 'E'):
			n++ // "which A invested in (last year)": the preposition stranded
		default:
			continue
		}
		if n < len(c.us) && (c.us[n].Kind == 'E' || c.us[n].Kind == 'N' && c.us[n].Lemma != "year" && c.us[n].Lemma != "month") {
			continue // an object of its own
		}
		ante := c.relativeObject(v - 1)
		if ante < 0 || c.ents[c.us[ante].ent].poss {
			continue
		}
		investors, investees := c.args(x, v-1), c.args(x, ante)
		if x.ownsItself(investors, investees) {
			continue
		}
		x.rule = "invest.which-obj"
		x.investEach(c, investors, investees, c.modText(v-1, v), 0.7)
	}
}
