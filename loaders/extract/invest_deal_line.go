package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 26, from probe set D) reads the deal lines of a
// funding newsletter: a company's name and a colon, then the round told
// without a verb, then its backers in brackets, after "led by" or after
// "from":
//
//	- Umbrin Labs: C$14m Series A (Gullhaven Capital, Tallow Street Ventures).
//	- Mbali Labs: KSh1.3bn (roughly $10m) Series A, co-led by A and B.
//	- Quenby Labs: a $6m top-up from Stonecrop Capital.
//
// The line opens the company's round (x.round), so that the next
// sentence's fragment "Led by A; also in: B, C, D." names its backers
// too. A lead takes the round's amount; backers in brackets do not (the
// amount is the round's, not each one's). Without a round noun right
// after the colon the line is no deal: "Umbrin Labs: Reports of a stake
// are fiction" states nothing.

// rDealAmt is a round's amount in any currency a newsletter writes,
// with a gloss in brackets: "C$14m", "KSh1.3bn (roughly $10m)" (a
// currency the mention layer does not know may have read as a name).
const rDealAmt = `(?:(` + rAmt + `|[A-Z][A-Za-z]{0,2}\$? ?\d[\d.,]*(?:bn|mn|m|k| billion| million)?|<U\d+>)(?: \([^()<]{0,30}\))? )?`

// rDealRound is the round noun of a deal line.
const rDealRound = `(?:[\w-]+ ){0,2}?(?:Series [A-H]\d?\+?|(?:pre-)?seed(?: round)?|(?:funding |growth |bridge |extension )?round|top-up|extension|funding|investment)\b`

var dealLineRules = []rule{
	{name: "deal line: Y: N Series A (A, B)", keys: []string{"series", "round", "seed", "top-up", "funding", "investment", "extension"}, re: rx(`^(?:[-*•–] ?)?(<[CVU]\d+>): (?:an? )?` + rDealAmt + rDealRound + `([^<()]{0,80}?)(?: \(` + rOrgs + `\)|,? ((?:co-)?led|backed) by ` + rOrgs + `| from ` + rOrgs + `)?`), fn: func(x *extractor, s *sent, m []string) {
		x.dealLine(s, m)
	}},
}

// dealLine states the investments of a deal line match m and opens the
// company's round.
func (x *extractor) dealLine(s *sent, m []string) {
	// m[2] the amount (m[3] inside it), m[4] the words after the round,
	// m[5] backers in brackets, m[6]-m[7] "led by" and its backers, m[8]
	// backers after "from"
	if strings.ContainsAny(m[4], ";:") {
		return
	}
	co := x.args(s, m[1])
	if len(co) != 1 || x.resolve(co[0], companyTypes) == "" {
		return
	}
	switch {
	case m[5] != "":
		x.investAll(s, m[5], m[1], "", m[0], x.dateOf(s), 0.75)
	case m[7] != "":
		amt := m[2]
		if m[6] == "backed" || strings.HasPrefix(amt, "<") {
			amt = ""
		}
		x.investAll(s, m[7], m[1], amt, m[0], x.dateOf(s), 0.8)
	case m[8] != "":
		amt := m[2]
		if strings.HasPrefix(amt, "<") {
			amt = ""
		}
		x.investAll(s, m[8], m[1], amt, m[0], x.dateOf(s), 0.75)
	}
	x.round = &fundingRound{co: co[0], sent: x.sentIdx}
}

// dealFragmentRE is a verbless fragment after a deal line that names
// its backers: "Led by A; also in: B, C, D.", "Co-led by A and B, with C."
var dealFragmentRE = regexp.MustCompile(`^(?:Co-led|Led) by (<[CAVUGL]\d+>)(?:(?:;|,)? (?:also in|also participating|other investors|others|with participation from|with)(?::)? (<[CAVUGL]\d+>))?\.?$`)

// dealFragment reads dealFragmentRE on the skeleton of s when a round
// opened in the sentence before.
func (x *extractor) dealFragment(s *sent) {
	r := x.round
	if r == nil || x.sentIdx-r.sent != 1 {
		return
	}
	m := dealFragmentRE.FindStringSubmatch(s.sk)
	if m == nil {
		return
	}
	co := x.resolve(r.co, companyTypes)
	if co == "" {
		return
	}
	x.rule = "invest.deal-fragment"
	for _, g := range m[1:] {
		for _, a := range x.args(s, g) {
			if sa := x.resolve(a, orgTypesAll); sa != "" && sa != co {
				x.emitFact(s, schema.RelInvestedIn, a, r.co, "", 0.75, schema.Fact{})
			}
		}
	}
}
