package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads investments made through a vehicle (helper x13i9, issue
// 13): "A invested $10 million in Y through its venture arm B" (B invested
// in Y; the parent A is read by the invest family as before), and "The
// investment is being made through B, the group's corporate venture arm"
// (B invested in the investee in focus).

// throughNouns are the subjects of a clause that says how an investment
// was made.
var throughNouns = map[string]bool{"investment": true, "stake": true, "funding": true, "money": true, "deal": true, "commitment": true}

// famThroughVehicle reads the vehicle after "through" in an investing
// clause.
func (x *extractor) famThroughVehicle(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case describedInvestLemmas[u.Lemma] && !u.Passive:
			var investee, vehicle int = -1, -1
			for _, p := range c.pps(v + 1) {
				switch {
				case (p.prep == "in" || p.prep == "into") && c.us[p.at].Kind == 'E' && investee < 0:
					investee = p.at
				case p.prep == "through" && c.us[p.at].Kind == 'E':
					vehicle = p.at
				}
			}
			if investee < 0 || vehicle < 0 {
				continue
			}
			x.rule = "invest.through-vehicle"
			for _, a := range c.args(x, vehicle) {
				for _, b := range c.args(x, investee) {
					x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(c.subject(v), v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
				}
			}
		case u.Passive && (u.Lemma == "make" || u.Lemma == "channel" || u.Lemma == "route" || u.Lemma == "handle"):
			subj := v - 1
			if subj < 0 || c.us[subj].Kind != 'N' || !throughNouns[c.us[subj].Lemma] || !strings.HasPrefix(c.us[subj].words, "the ") {
				continue
			}
			for _, p := range c.pps(v + 1) {
				if p.prep != "through" || c.us[p.at].Kind != 'E' {
					continue
				}
				as := c.args(x, p.at)
				focus, ok := x.focusArg(c.s, as)
				if !ok {
					break
				}
				x.rule = "invest.through-vehicle"
				for _, a := range as {
					x.emitFact(c.s, schema.RelInvestedIn, a, focus, c.text(subj, v), 0.65, schema.Fact{})
				}
				break
			}
		}
	}
}
