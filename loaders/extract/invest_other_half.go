package extract

import (
	"regexp"

	"github.com/telcograph/telcograph/schema"
)

// The rest of a company's shares told after one holder's share (round
// 34, dev21): "Acme holds half of the shares in Y; the other half belongs
// to B", "A took 60%, and the rest is held by B". The holder of the rest
// invested in the company of the investment this sentence or the one
// before stated last.

// otherHalfNouns are the subjects that name the rest of the shares.
var otherHalfNouns = map[string]bool{"the other half": true, "the rest": true, "the remainder": true, "the balance": true}

// otherShareRE names the rest with its size (round 45, dev29): "The other
// 31 percent belongs to B" after "Y is 69 percent owned by A", "the
// remaining 25 per cent belongs to B".
var otherShareRE = regexp.MustCompile(`^the (?:other|remaining) (?:\d+(?:\.\d+)? ?(?:%|percent|per cent)|half|third|quarter|shares)$`)

// famOtherHalf reads "the other half belongs to B" and "the rest is held
// by B".
func (x *extractor) famOtherHalf(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || c.us[v-1].Kind != 'N' || !otherHalfNouns[c.us[v-1].words] && !otherShareRE.MatchString(c.us[v-1].words) {
			continue
		}
		if !otherHalfNouns[c.us[v-1].words] && u.Lemma != "belong" {
			continue // "the remaining 30% is held by B" is invest_held_share.go's
		}
		prep := ""
		switch {
		case u.Lemma == "belong" && !u.Passive:
			prep = "to"
		case (u.Lemma == "hold" || u.Lemma == "own") && u.Passive:
			prep = "by"
		default:
			continue
		}
		if c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != prep || c.us[v+2].Kind != 'E' {
			continue
		}
		y, ok := x.recentInvestee(c.args(x, v+2))
		if !ok {
			continue
		}
		x.rule = "invest.other-half"
		for _, a := range c.args(x, v+2) {
			x.emitFact(c.s, schema.RelInvestedIn, a, y, c.modText(v-1, v), 0.7, schema.Fact{})
		}
	}
}

// recentInvestee is x.lastInvestee when the investment was stated in this
// sentence or the one before and is none of holders'.
func (x *extractor) recentInvestee(holders []arg) (arg, bool) {
	for i := len(x.facts) - 1; i >= 0; i-- {
		f := x.facts[i]
		if f.Relation != schema.RelInvestedIn || f.Modality != "" {
			continue
		}
		if f.lastSaid < x.sentIdx-1 || f.Object.ID != x.lastInvestee() {
			return arg{}, false
		}
		for _, h := range holders {
			if x.resolve(h, orgTypesAll) == f.Object.ID {
				return arg{}, false
			}
		}
		return arg{slug: f.Object.ID, text: "(" + x.nameOf(f.Object.ID) + ")"}, true
	}
	return arg{}, false
}
