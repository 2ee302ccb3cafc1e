package extract

import "github.com/telcograph/telcograph/schema"

// Investors that "signed up as" investors, with no company named (round
// 29, dev16: "The anchor orders came from Arm's own customers. Apple,
// Google, AMD, Intel, Nvidia and Samsung signed up as cornerstone
// investors, joined by the chip-design software makers Cadence and
// Synopsys and by TSMC"). The company is the one the money talk is about
// (the investee-focus model), else the article's topic company
// (topicArg). The companies "joined by" after them are investors too. A
// negated or planned sign-up states nothing here.

// famSignedUpAs reads the shape above.
func (x *extractor) famSignedUpAs(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma != "sign up" && u.Lemma != "come in" && u.Lemma != "sign on" {
			continue
		}
		if v+2 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "as" || c.us[v+2].Kind != 'N' || !investorNouns[c.us[v+2].Lemma] {
			continue
		}
		if v+3 < len(c.us) && c.us[v+3].Kind == 'P' && (c.us[v+3].Lemma == "in" || c.us[v+3].Lemma == "of" || c.us[v+3].Lemma == "to") {
			continue // "as investors in Y": the named company is famInvest's
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' || c.ents[c.us[subj].ent].poss {
			continue
		}
		if mod, drop := modalityOf(c.modText(subj, v)); drop || mod != "" && mod != schema.Asserted {
			continue
		}
		investors := c.args(x, subj)
		for k := v + 3; k+2 < len(c.us) && !c.boundary(k); k++ {
			if c.isPunct(k, ",") && c.us[k+1].Kind == 'V' && c.us[k+1].words == "joined" && c.us[k+2].Kind == 'P' && c.us[k+2].Lemma == "by" {
				for j := k + 3; j < len(c.us) && !c.boundary(j); j++ {
					if c.us[j].Kind == 'E' && !c.ents[c.us[j].ent].poss {
						investors = append(investors, c.args(x, j)...) // "joined by A and B and by C"
					}
					if c.us[j].Kind == 'V' {
						break
					}
				}
				break
			}
		}
		focus, ok := x.focusArg(c.s, investors)
		if !ok {
			focus, ok = x.topicArg(c.s, investors)
		}
		if !ok {
			continue
		}
		x.rule = "invest.signed-up-as"
		for _, a := range investors {
			x.emitFact(c.s, schema.RelInvestedIn, a, focus, c.modText(subj, v), 0.65, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
}
