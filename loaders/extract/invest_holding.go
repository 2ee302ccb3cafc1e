package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads holdings told in the words business news uses besides
// "stake" (helper x13i9, issue 13, on the investments drill): "has built
// up a 10% holding", "Our holding in Y is small", "raised its stake to
// almost 10%" (invest_implicit.go), a stake taken in a participle clause
// ("A kicked things off, acquiring a 9.99% stake for $X", "it owns half of
// Y, with B holding the other half") and "Y added A and B to its
// shareholder register".

// holdingNoun reports whether noun phrase u is a holding of shares: "a 10%
// holding", "its shareholding"; not "a holding company".
func holdingNoun(u unit) bool {
	return u.Kind == 'N' && (u.Lemma == "holding" || u.Lemma == "shareholding" || ownershipInterest(u))
}

// ownershipInterest reports whether noun phrase u is an interest in a
// company's shares, sized or named as ownership ("a minority interest",
// "a 20% interest", "an equity interest"; round 25); a bare "interest"
// ("expressed interest in") is none.
func ownershipInterest(u unit) bool {
	if u.Lemma != "interest" {
		return false
	}
	for _, w := range []string{"%", "per cent", "percent", "minority", "majority", "controlling", "equity", "ownership"} {
		if strings.Contains(u.words, w) {
			return true
		}
	}
	return false
}

// famStakeParticiple: a stake with no company taken or held in a
// participle clause, by the subject of the clause it hangs on ("A kicked
// things off, acquiring a 9.99% stake for N") or by the name before it
// after "with" ("with B holding the other half"); its company is the
// investee in focus.
func (x *extractor) famStakeParticiple(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || c.ts[u.Head].Form != formIng || !implicitHoldVerbs[u.Lemma] || v < 2 {
			continue
		}
		n := c.skipApprox(v + 1)
		if n >= len(c.us) || !stakeUnit(c.us[n]) {
			continue
		}
		if held := u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "keep" || u.Lemma == "retain" || u.Lemma == "control"; !held &&
			!strings.Contains(c.us[n].words, "stake") && !holdingNoun(c.us[n]) && !positionStake(c.us[n]) {
			continue
		}
		end, ok := c.unnamedStakeEnd(n)
		named := -1
		if !ok {
			// "A spent 2.1 billion euros buying a 9.9% stake in Y": the
			// company named after "in"
			if n+2 < len(c.us) && c.us[n+1].Kind == 'P' && c.us[n+1].Lemma == "in" && c.us[n+2].Kind == 'E' && strings.Contains(c.us[n].words, "stake") {
				named = c.described(n + 2)
			} else {
				continue
			}
		}
		subj := -1
		switch {
		case c.us[v-1].Kind == 'E' && c.us[v-2].Kind == 'P' && c.us[v-2].Lemma == "with":
			subj = v - 1 // "with B holding the other half"
		case c.isPunct(v-1, ","):
			subj = c.leftSubject(v) // "A kicked things off, acquiring"
		case named >= 0 && c.spentBuying(v):
			subj = c.leftSubject(v) // "A spent $X buying a stake in Y"
		default:
			subj = c.byGerundSubject(v) // "A responded by lifting its holding" (invest_by_gerund.go)
		}
		if subj < 0 || c.us[subj].Kind != 'E' {
			continue
		}
		if named >= 0 {
			x.rule = "invest.stake-participle"
			for _, a := range c.args(x, subj) {
				for _, b := range c.args(x, named) {
					x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
				}
			}
			continue
		}
		x.implicitHolders(c, subj, v, end)
	}
}

// famAddedBackers: "Y added A and B to its shareholder register", "Y has
// added C to its cap table", "Y added A as a backer".
func (x *extractor) famAddedBackers(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "add" || u.Neg || u.Passive || v+3 >= len(c.us) {
			continue
		}
		subj, obj := c.subject(v), v+1
		if subj >= 0 && c.us[obj].Kind == 'E' && c.addedAsBacker(obj) {
			// "In May it added Prosperity7 Ventures, the venture fund
			// of Aramco, as a backer" (invest_added_as.go)
			x.rule = "invest.added-as-backer"
			for _, b := range c.args(x, subj) {
				x.emitFact(c.s, schema.RelInvestedIn, c.args(x, obj)[0], b, c.modText(subj, v), 0.75, schema.Fact{Date: x.dateOf(c.s)})
			}
			continue
		}
		if subj < 0 || c.us[obj].Kind != 'E' || !(c.us[obj+1].Kind == 'P' && c.us[obj+1].Lemma == "to" && c.us[obj+2].Kind == 'N') {
			continue
		}
		if reg := c.us[obj+2]; !reg.hasMod("shareholder", "investor", "backer", "cap", "owner") {
			continue
		}
		x.rule = "invest.added-backers"
		for _, a := range c.args(x, obj) {
			for _, b := range c.args(x, subj) {
				x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), 0.75, schema.Fact{Date: x.dateOf(c.s)})
			}
		}
	}
}

// spentBuying reports whether the participle at unit v completes a verb
// of spending with its amount: "had spent about 2.1 billion euros buying".
func (c *clauses) spentBuying(v int) bool {
	for k := v - 1; k >= 0 && k >= v-5 && !c.boundary(k); k-- {
		if c.us[k].Kind == 'V' {
			return (c.us[k].Lemma == "spend" || c.us[k].Lemma == "pay") && (c.moneyAt(k+1, v-1) || amountRE.MatchString(c.text(k+1, v-1)))
		}
	}
	return false
}
