package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads investments whose investee is an argument of a noun
// rather than of the verb: a light verb with an investment noun ("A made a
// strategic investment in Y", "A led a $50 million funding round in Y")
// and money raised from an investor ("Y raised $50 million from A", "Y
// secured $50 million in funding from A").

// lightInvestVerbs take an investment or a round as their object.
var lightInvestVerbs = map[string]bool{
	"make": true, "complete": true, "finalise": true, "finalize": true, "announce": true, "confirm": true,
	"lead": true, "co-lead": true, "anchor": true,
}

// nounObject is the first noun phrase after verb v, over determiners,
// amounts and describing words, within four units; -1 if there is none.
func (c *clauses) nounObject(v int) int {
	for n := v + 1; n < len(c.us) && n <= v+4 && !c.boundary(n); n++ {
		switch u := c.us[n]; {
		case u.Kind == 'E' || u.Kind == 'V' || u.Kind == 'P':
			return -1
		case u.Kind == 'N' && (u.tag == posNoun || u.tag == posPropn || u.tag == posNum):
			return n
		}
	}
	return -1
}

// famInvestLight: "A made a strategic investment in Y", "A led a $50
// million funding round in chip start-up Y". The subject invests in the
// entity after "in" that follows the noun.
func (x *extractor) famInvestLight(c *clauses, v int) {
	u := c.us[v]
	if u.Passive || c.ts[u.Head].Form == formPart {
		return
	}
	subj := c.subject(v)
	n := c.nounObject(v)
	if subj < 0 || n < 0 {
		return
	}
	leads := u.Lemma == "lead" || u.Lemma == "co-lead" || u.Lemma == "anchor"
	switch {
	case leads:
		// "led a Series B in Y", and "is leading an investment into Y"
		// (helper x14inv)
		if !roundNoun(c.us[n]) && c.us[n].Lemma != "investment" {
			return
		}
	case c.us[n].Lemma != "investment":
		return
	}
	for _, p := range c.pps(n + 1) {
		if p.prep == "of" && (c.moneyAt(n+1, p.at) || c.amountAt(p.at)) {
			continue // "an investment of $5 million into Y" (helper x14inv)
		}
		if c.timePP(p) {
			continue // "its first investment in March in Y" (helper z21pinv)
		}
		// a round is led "for" its company as well as "in" it: "A led the
		// $40 million round for chip start-up Y" (helper z21pinv)
		if (p.prep == "in" || p.prep == "into" || leads && p.prep == "for") && c.us[p.at].Kind == 'E' {
			ys := c.args(x, p.at)
			x.investPairs(c, c.args(x, subj), ys, c.modText(subj, v), c.text(v, p.at), 0.75)
			// the round is this company's for the sentences after it:
			// "Participants were B and C" (helper x14inv)
			if r := x.round; len(ys) == 1 && (r == nil || r.sent != x.sentIdx) && x.resolve(ys[0], companyTypes) != "" {
				x.round = &fundingRound{co: ys[0], sent: x.sentIdx}
			}
		}
		return
	}
}

// moneyAt reports whether units from..to name an amount of money.
func (c *clauses) moneyAt(from, to int) bool {
	t := c.text(from, to)
	return strings.ContainsAny(t, "$€£") && (strings.Contains(t, "million") || strings.Contains(t, "billion") || amountRE.MatchString(t)) ||
		rupeeRE.MatchString(t) || wordMoneyRE.MatchString(t) // invest_money_words.go
}

// rAmtRupee is an amount in rupees as Indian news writes it: "Rs 210
// crore", "Rs. 5,000 crore", "₹1,200 crore", "Rs 40 lakh" (helper z21pinv).
const rAmtRupee = `(?:\bRs\.? ?|₹ ?)\d[\d,.]*(?: ?(?:crore|lakh|billion|million|bn|mn|cr)\b)?`

var rupeeRE = regexp.MustCompile(rAmtRupee)

// raisedSumNouns are money raised with no amount: "has since raised far
// larger sums from A", "raised fresh capital from B" (helper z15inv).
// Unlike the round's moneyNouns (rounds_money.go) they leave out "deal"
// and "ticket": "won a deal from A" is a customer's contract.
var raisedSumNouns = map[string]bool{"sum": true, "money": true, "capital": true, "cash": true, "funding": true, "financing": true, "fund": true}

// famRaisedFrom: "Y raised $50 million from A", "Y secured $50 million in
// funding from A": the investors of money a company raised.
func (x *extractor) famRaisedFrom(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	if u.Passive || subj < 0 {
		return
	}
	n := c.nounObject(v)
	if n < 0 && u.Lemma == "take" && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in" {
		n = c.nounObject(v + 1) // "Intel took in $8.9 billion from A" (invest_gapped_amounts.go)
	}
	if n < 0 || !c.moneyAt(v+1, n+1) && !raisedSumNouns[c.us[n].Lemma] || c.us[n].hasMod("no") {
		return // "Y got no funding from A": a denial (invest_no_test.go)
	}
	if salesNouns[c.us[n].Lemma] {
		return // "Y won a $6.6 billion network contract from A": A is Y's customer (round 43, dev27)
	}
	for _, p := range c.pps(n + 1) {
		if p.prep == "from" && c.us[p.at].Kind == 'E' {
			x.investPairs(c, c.args(x, p.at), c.args(x, subj), c.modText(subj, v), c.text(v, p.at), 0.75)
			x.gappedFroms(c, p.at, subj, v) // invest_gapped_amounts.go
			return
		}
		if c.timePP(p) {
			continue // "raised $2m on Tuesday from A" (invest_time_pp.go)
		}
		if p.prep != "in" && p.prep != "of" || c.us[p.at].Kind != 'N' || !investNouns[c.us[p.at].Lemma] && c.us[p.at].Lemma != "equity" {
			return // "in funding", "of funding" or "of equity" may stand between the amount and "from" (round 37)
		}
	}
}

// investPairs states that each investor invested in each investee, with
// the amount the span names and the co-investors the clause adds.
func (x *extractor) investPairs(c *clauses, investors, investees []arg, modText, span string, base float64) {
	amt := amountRE.FindString(span)
	for _, a := range investors {
		for _, b := range investees {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, modText, base, schema.Fact{Amount: amt, Date: x.dateOf(c.s)})
		}
	}
}

// famInvestForStake: "T-Mobile will invest about $950 million for a 50%
// stake": money paid for a share of the joint venture under discussion
// when the clause names no investee.
func (x *extractor) famInvestForStake(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	if u.Passive || u.Neg || subj < 0 {
		return
	}
	ps := c.pps(v + 1)
	stake := false
	for _, p := range ps {
		switch {
		case p.prep == "in" || p.prep == "into":
			return // the investee is named: famInvest's
		case p.prep == "for" && c.us[p.at].Kind == 'N' && (c.us[p.at].Lemma == "stake" || shareUnit(c.us[p.at])):
			stake = true
		}
	}
	if !stake {
		return
	}
	venture, ok := x.ventureHere(c)
	if !ok {
		return
	}
	x.rule = "invest.for-stake"
	x.investPairs(c, c.args(x, subj), []arg{venture}, c.modText(subj, v), c.text(v, len(c.us)-1), 0.7)
}

// salesNouns are what a seller wins from a customer, not money raised:
// "won a $6.6 billion contract from A", "took a $2 billion order from A".
var salesNouns = map[string]bool{
	"contract": true, "order": true, "award": true, "tender": true, "licence": true, "license": true,
}
