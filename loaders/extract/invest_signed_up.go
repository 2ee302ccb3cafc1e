package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

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
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		as := v + 1 // the unit of "as"
		switch {
		case u.Lemma == "sign up" || u.Lemma == "come in" || u.Lemma == "sign on":
		case u.Lemma == "sign" && as < len(c.us) && c.us[as].Kind == 'P' && c.us[as].Lemma == "on":
			as++ // "have since signed on as its anchor investors": the tagger's preposition (round 31, dev18)
		default:
			continue
		}
		if as+1 >= len(c.us) || c.us[as].Kind != 'P' || c.us[as].Lemma != "as" || c.us[as+1].Kind != 'N' || !investorNouns[c.us[as+1].Lemma] {
			continue
		}
		if as+2 < len(c.us) && c.us[as+2].Kind == 'P' && (c.us[as+2].Lemma == "in" || c.us[as+2].Lemma == "of" || c.us[as+2].Lemma == "to") {
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
		for k := as + 2; k+2 < len(c.us) && !c.boundary(k); k++ {
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
		focus, ok := x.possessorArg(c, as+1, investors)
		if !ok {
			focus, ok = x.focusArg(c.s, investors)
		}
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

// possessorArg is the company "its" stands for at the head of the noun
// phrase at unit n ("signed on as its anchor investors", round 31): the
// one the mentions resolved it to, else the company that opened the
// sentence before when that is none of the investors.
func (x *extractor) possessorArg(c *clauses, n int, investors []arg) (arg, bool) {
	u := c.us[n]
	if !strings.HasPrefix(u.words, "its ") {
		return arg{}, false
	}
	for i := range c.s.ms {
		m := &c.s.ms[i]
		if m.Start == u.Start && m.Slug != "" && x.typeOf(m.Slug) == schema.TypeCompany {
			return arg{m: m, slug: m.Slug, text: m.Text}, true
		}
	}
	// "its" left unresolved: the investors' own company it cannot be, so
	// it is the company the sentence before opened with
	p := x.prevSubj
	if p == "" || x.typeOf(p) != schema.TypeCompany {
		return arg{}, false
	}
	for _, a := range investors {
		if x.resolve(a, orgTypesAll) == p {
			return arg{}, false
		}
	}
	return arg{slug: p, text: "(" + x.nameOf(p) + ")"}, true
}
