package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file holds the investment families: verbs of investing and backing,
// stakes and ownership, and the co-investors a clause adds.

// investNouns are what an investee gets or raises from an investor.
var investNouns = map[string]bool{
	"investment": true, "funding": true, "backing": true, "capital": true, "money": true, "round": true,
	"financing": true, "injection": true, "cash": true, "stake": true,
}

// investorNouns are the nouns for an investee's investors.
var investorNouns = map[string]bool{"investor": true, "backer": true, "shareholder": true, "owner": true, "funder": true}

// famInvest: "A pumped $100m into Y", "A invested $200m in provider Y",
// "Y got an investment from A", "Y counts A, B and C among its investors",
// "Y is backed by A", "A bought a 53% stake in Y".
func (x *extractor) famInvest(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	teamedWith := -1
	if s, w := c.teamedInfinitive(v); s >= 0 {
		subj, teamedWith = s, w // "A teamed with B to invest in Y" (invest_teamed.go)
	} else if s, w := c.joinedInGerund(v); s >= 0 {
		subj, teamedWith = s, w // "A joined B in backing Y" (invest_joined_in.go)
	}
	ps := c.pps(v + 1)
	obj := c.object(v)
	emit := func(investors, investees []arg, amountFrom, amountTo int, base float64) {
		investors = append(investors, c.coInvestors(x, v)...)
		if teamedWith >= 0 {
			investors = append(investors, c.args(x, teamedWith)...)
		}
		amt := amountRE.FindString(c.text(amountFrom, amountTo))
		for _, a := range investors {
			for _, b := range investees {
				f := schema.Fact{Amount: amt, Date: x.dateOf(c.s)}
				x.emitFact(c.s, schema.RelInvestedIn, a, b, c.modText(subj, v), base, f)
			}
		}
	}
	switch u.Lemma {
	case "invest", "co-invest", "pump", "pour", "inject", "plough", "plow", "put":
		if u.Passive || subj < 0 {
			return
		}
		for _, p := range ps {
			if (p.prep == "in" || p.prep == "into") && c.us[p.at].Kind == 'E' {
				if c.modifierOnly(p.at) {
					return // "in the Chicago company": a description of another
				}
				if t := c.text(v, p.at); u.Lemma == "put" && !strings.Contains(t, "$") && !strings.Contains(t, "money") && !strings.Contains(t, "capital") && !amountRE.MatchString(t) {
					return
				}
				emit(c.args(x, subj), c.args(x, p.at), v, p.at, 0.8)
				return
			}
		}
	case "back", "fund", "finance":
		if u.Passive {
			for _, p := range ps {
				if p.prep == "by" && c.us[p.at].Kind == 'E' && subj >= 0 {
					emit(c.args(x, p.at), c.args(x, subj), v, p.at, 0.75)
				}
			}
			return
		}
		if held, by := c.reducedPassive(v); held >= 0 {
			emit(c.args(x, by), c.args(x, held), v, by, 0.75) // "Y, backed by A,"
			return
		}
		if subj >= 0 && obj >= 0 && !c.modifierOnly(obj) { // "to finance the OpenAI commitment": a description of another thing (helper z18inv)
			emit(c.args(x, subj), c.args(x, obj), v, obj, 0.75)
		}
	case "count", "have":
		// "Y counts A, B and C among its investors (partners)"; "Y has A
		// as its largest shareholder" and "Y has A among its backers" say
		// the same with the commonest verb (helper x13i10)
		if subj < 0 || obj < 0 {
			return
		}
		for _, p := range c.pps(obj + 1) {
			if p.prep == "among" && c.us[p.at].Kind == 'N' && investorNouns[c.us[p.at].Lemma] {
				emit(c.countedItems(x, subj, obj, p.at-1), c.args(x, subj), v, obj, 0.8) // invest_items.go
				return
			}
			if p.prep == "as" && c.us[p.at].Kind == 'N' && investorNouns[c.us[p.at].Lemma] {
				// "Both start-ups count the carrier as a shareholder"
				emit(c.args(x, obj), c.args(x, subj), v, obj, 0.75)
				return
			}
			if p.prep == "among" && c.us[p.at].Kind == 'N' && c.us[p.at].Lemma == "partner" {
				x.rule = "partner.among"
				x.partnerPairs(c, c.args(x, subj), c.args(x, obj), c.modText(subj, v), 0.75)
				return
			}
		}
		if at := c.amongPastInserts(obj); at >= 0 && investorNouns[c.us[at].Lemma] {
			emit(c.countedItems(x, subj, obj, at-2), c.args(x, subj), v, obj, 0.75) // invest_items.go
		}
	case "get", "receive", "secure", "win", "land", "raise", "attract":
		if subj < 0 {
			return
		}
		n := v + 1
		for n < len(c.us) && c.us[n].Kind != 'N' && c.us[n].Kind != 'E' && !c.boundary(n) && n < v+4 {
			n++
		}
		if n >= len(c.us) || c.us[n].Kind != 'N' || !investNouns[c.us[n].Lemma] || c.us[n].hasMod("no") {
			return // "Y got no funding from A" states that A did not invest
		}
		for _, p := range c.pps(n + 1) {
			if p.prep == "from" && c.us[p.at].Kind == 'E' {
				emit(c.args(x, p.at), c.args(x, subj), v, p.at, 0.8)
				return
			}
		}
	case "buy", "acquire", "take", "hold", "own":
		if subj < 0 || u.Passive {
			return
		}
		n := c.pricedNoun(v + 1) // "took a $5 billion stake" (invest_priced.go)
		if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "stake" || c.us[n].hasMod("no") {
			return // "A holds no stake in Y": a denial (invest_no_test.go)
		}
		for _, p := range c.pps(n + 1) {
			if p.prep == "in" && c.us[p.at].Kind == 'E' {
				at := p.at
				// "a stake in University of Tokyo spin-off ELYZA"
				if at+2 < len(c.us) && c.us[at+1].Kind == 'M' && c.us[at+2].Kind == 'E' {
					at += 2
				}
				emit(c.args(x, subj), c.args(x, at), v, at, 0.8)
				return
			}
		}
	}
}

// stakeVerbs take a stake as their object: "bought a 53% stake in Y".
var stakeVerbs = map[string]bool{
	"buy": true, "acquire": true, "take": true, "hold": true, "own": true, "have": true, "build": true, "build up": true, "control": true,
	"raise": true, "increase": true, "lift": true, "boost": true, "pick up": true, "purchase": true,
	// holding on to a stake (round 38): "A keeps a sizeable minority stake in Y", "A retained 10% of Y"
	"keep": true, "retain": true, "maintain": true,
	// coming to hold one (round 40): "SEPI has completed a 10% stake in the
	// operator", "the fund disclosed a $3.2 billion stake in the company"
	"complete": true, "disclose": true, "reveal": true, "amass": true, "accumulate": true, "secure": true,
	"double": true, "snap up": true,
}

// famStake: stakes and ownership. "A has built up a 9.9% stake in Y", "A
// owns 60.5% of Y, which in turn holds 35% of Z", "Y is 64% owned by A",
// "Google's earlier stake in Jio Platforms".
func (x *extractor) famStake(c *clauses) {
	v := 0
	emit := func(investors, investees []arg, modText string, base float64) {
		investors = append(investors, c.coInvestors(x, v)...)
		for _, a := range investors {
			for _, b := range investees {
				x.emitFact(c.s, schema.RelInvestedIn, a, b, modText, base, schema.Fact{Date: x.dateOf(c.s)})
			}
		}
	}
	for vi, u := range c.us {
		v = vi
		switch {
		case u.Kind == 'V' && u.Lemma == "own" && !u.Passive && v >= 2 && c.us[v-1].Kind == 'N' && percentWords(c.us[v-1].words) &&
			(c.us[v-2].Kind == 'V' && c.us[v-2].Lemma == "be" || v >= 3 && c.us[v-2].Kind == 'O' && approxWords[c.us[v-2].words] && c.us[v-3].Kind == 'V' && c.us[v-3].Lemma == "be"):
			// "Y is 64% owned by A", "Y is about 90 percent owned by A" (round 40)
			be := v - 2
			if c.us[be].Kind == 'O' {
				be--
			}
			subj := c.subject(be)
			if subj >= 0 && x.ownsItself(c.byHolders(x, v+1), c.args(x, subj)) {
				continue // "It will be 65% owned by A and 35% by B": "it" is not A (invest_owned_self.go)
			}
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' && subj >= 0 {
					x.rule = "stake.owned-by"
					emit(c.args(x, p.at), c.args(x, subj), c.modText(subj, v), 0.8)
				}
			}
		case u.Kind == 'V' && stakeVerbs[u.Lemma] && !u.Passive:
			subj := c.subject(v)
			if subj < 0 && holdingLemmas[u.Lemma] {
				subj = c.participleSubject(v) // "A came out of the deal owning a quarter of Y" (round 38)
			}
			if subj < 0 && holdingLemmas[u.Lemma] {
				subj = c.listedHoldingSubject(v) // "A owns all of X, holds 30% of Y" (invest_listed_holding.go)
			}
			n := v + 1
			for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].tag == posAdv || approxWords[c.us[n].words]) {
				n++ // "controls about 65% of"
			}
			n = c.skipComparative(n) // "holds a little more than half of" (invest_percent.go)
			n = c.pricedNoun(n)      // "built a $2 billion stake" (invest_priced.go)
			if subj < 0 || n >= len(c.us) || c.us[n].Kind != 'N' {
				continue
			}
			if strings.HasPrefix(c.us[n].words, "no ") {
				continue // "has no stake in the company"
			}
			stake := c.us[n].Lemma == "stake" || holdingNoun(c.us[n]) || stakeWorth(c.us[n].words) // invest_holding.go
			share := ownedShare(c.us[n].words) && (u.Lemma == "own" || u.Lemma == "hold" || u.Lemma == "control")
			if !stake && !share {
				continue
			}
			if !stake && c.joinedBeforePP(n+1) {
				continue // "STC holds 9.9% and CriteriaCaixa, the investment arm of the La Caixa foundation, ...": the of-phrase is another's (round 30)
			}
			for pi, p := range c.pps(n + 1) {
				if pi == 0 && stake && c.sizedStake(p) {
					continue // "built a stake of about 10% in Y" (invest_stake_sized.go)
				}
				if c.us[p.at].Kind == 'E' && (p.prep == "in" || share && p.prep == "of") && !x.ownsItself(c.args(x, subj), c.args(x, p.at)) &&
					(stake || percentWords(c.us[n].words) || !x.ventureShare(c.s, c.args(x, p.at))) {
					x.rule = "stake.verb"
					investees := c.args(x, p.at)
					if holder, rest, ok := c.gappedHolder(p.at, investees); ok {
						// "A will hold 51% of J, and B the rest": B is a
						// second holder of J, not a holding of A (helper x14jv)
						investees = rest
						x.emitFact(c.s, schema.RelInvestedIn, holder, investees[0], c.modText(subj, v), 0.75, schema.Fact{Date: x.dateOf(c.s)})
					}
					emit(c.args(x, subj), investees, c.modText(subj, v), 0.8)
					if h, ok := c.gappedClause(p.at); ok && len(investees) == 1 {
						// "A has a 40% stake in Y, and B has 34%" (invest_gapped.go)
						mod := c.modText(h, h+1)
						if c.us[h+1].Kind != 'V' {
							mod = c.modText(subj, v) // "and B the rest": the first verb's modality
						}
						for _, b := range c.args(x, h) {
							x.emitFact(c.s, schema.RelInvestedIn, b, investees[0], mod, 0.75, schema.Fact{Date: x.dateOf(c.s)})
						}
					}
					x.coordStakes(c, p.at, c.args(x, subj), c.modText(subj, v)) // invest_coord_stake.go
				}
				break
			}
		case u.Kind == 'N' && (u.Lemma == "stake" || u.Lemma == "investment" || holdingNoun(u)) && v+2 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in":
			// "Google's earlier stake in Jio Platforms"
			o := v - 1
			if o > 0 && c.us[o].Kind == 'O' && (c.us[o].tag == posAdv || c.us[o].tag == posAdj) {
				o--
			}
			if o < 0 || c.us[o].Kind != 'E' || !c.ents[c.us[o].ent].poss {
				continue
			}
			if o >= 2 && c.us[o-1].Kind == 'P' && c.us[o-1].Lemma == "of" && c.us[o-2].Kind == 'N' && disposalNouns[c.us[o-2].Lemma] {
				continue // "completed the sale of its stake in Y": a stake given up (round 40)
			}
			k := v + 2
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			if k < len(c.us) && c.us[k].Kind == 'E' {
				owners := c.args(x, o)
				x.rule = "stake.nominal"
				emit(owners[len(owners)-1:], c.args(x, c.described(k)), c.text(o, v), 0.75)
			}
		}
	}
}

// percentWords reports whether a noun phrase is a share: "64%", "90
// percent", "35 per cent".
func percentWords(w string) bool {
	return strings.Contains(w, "%") || strings.HasSuffix(w, " percent") || strings.HasSuffix(w, " per cent")
}

// disposalNouns give a holding up: "the sale of its stake in Y".
var disposalNouns = map[string]bool{"sale": true, "disposal": true, "divestment": true, "divestiture": true, "transfer": true, "sell-off": true, "sell-down": true}

// coInvestors are the investors a clause adds with "alongside", "together
// with" or "along with" ("got an investment from A, alongside B").
func (c *clauses) coInvestors(x *extractor, v int) []arg {
	var out []arg
	for j := v + 1; j+1 < len(c.us) && !c.boundary(j); j++ {
		if c.us[j].Kind == 'V' && j > v+1 || c.relative(j) && !c.roundPointer(v, j) { // rounds_join_in.go
			break
		}
		if c.us[j].Kind == 'P' && (c.us[j].Lemma == "alongside" || c.us[j].Lemma == "with" && j > 0 && (c.us[j-1].words == "together" || c.us[j-1].words == "along")) {
			k := c.skipDescriptors(j + 1)
			if k < len(c.us) && c.us[k].Kind == 'E' {
				out = append(out, c.args(x, c.described(k))...)
			}
		}
	}
	return out
}

// modifierOnly reports whether entity unit k only modifies the head noun
// after it inside a described noun phrase: "the Chicago company", "a
// Tokyo start-up".
func (c *clauses) modifierOnly(k int) bool {
	if k < 1 || k+1 >= len(c.us) || c.us[k+1].Kind != 'N' || c.ents[c.us[k].ent].poss {
		return false
	}
	d := c.us[k-1]
	return d.Kind == 'M' && (d.words == "the" || d.words == "a" || d.words == "an")
}

// joinedBeforePP reports whether a comma comes between unit from and the
// first preposition after it: what the preposition belongs to is then
// another phrase ("holds 9.9% and B, the investment
// arm of C"), not the share at from-1 ("owns 50% plus one share of Y").
func (c *clauses) joinedBeforePP(from int) bool {
	for j := from; j < len(c.us) && !c.boundary(j); j++ {
		if c.us[j].Kind == 'P' {
			return false
		}
		if c.isPunct(j, ",") {
			return true // "A owns 60% and B 40% of Y" has none: a gapped share
		}
	}
	return false
}

// holdingLemmas state a holding rather than an act ("spent months buying a
// stake" is an attempt; "came out of the deal owning a quarter" a result).
var holdingLemmas = map[string]bool{"own": true, "hold": true, "control": true, "keep": true, "retain": true}

// participleSubject is the subject of a present participle that ends a
// clause with no comma before it ("A came out of the deal owning a quarter
// of Y", "A ended up owning 25% of Y"): the subject of the finite verb
// before it, when only a particle or a prepositional phrase stands
// between. It returns -1 otherwise.
func (c *clauses) participleSubject(v int) int {
	if !strings.HasSuffix(c.us[v].words, "ing") || strings.Contains(c.us[v].words, " ") {
		return -1
	}
	for m := v - 1; m >= 0; m-- {
		u := c.us[m]
		switch {
		case c.boundary(m) || c.relative(m) || c.isPunct(m, ","):
			return -1
		case u.Kind == 'V':
			if u.Neg || u.Lemma == "say" || strings.HasSuffix(u.words, "ing") {
				return -1
			}
			if s := c.subject(m); s >= 0 && s < m && c.us[s].Kind == 'E' {
				return s
			}
			return -1
		case u.Kind == 'E':
			return -1 // another party between: whose participle it is is unsure
		}
	}
	return -1
}

// stakeWorth reports whether a noun unit is a stake priced after it ("a
// stake worth more than $1.5 billion in the company": the tagger makes "a
// stake worth" one unit; round 44, dev28).
func stakeWorth(words string) bool {
	return strings.HasSuffix(words, "stake worth") || strings.HasSuffix(words, "stakes worth")
}
