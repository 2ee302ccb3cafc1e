package extract

import "strings"

// This file opens a round raised by a company told by a description
// (helper z20inv, issue 13): "Start with Lambda. The San Jose company
// announced a $480 million Series D in February. A and B co-led the
// round." The mention layer leaves "The San Jose company" unresolved, so
// no round opened and its backers went nowhere. A sentence-opening
// definite description that may stand for an investee
// (invest_described_focus.go: "the company", "the chip designer", "the
// Paris-based start-up") as the subject of a raising verb with an amount
// or a round noun is the company the last sentences are about
// (recentFocus: the most recently named company within focusReach
// sentences, no tie, not told as an investor only, no fund, and none
// other that fits named in the sentence itself), unless the description
// places the company in a city of another country than the one known for
// it ("The Oslo company" is not a US company).

// openDescribedRound opens the round of a described raiser.
func (x *extractor) openDescribedRound(c *clauses) {
	if r := x.round; r != nil && r.sent == x.sentIdx {
		return // the sentence opened a round of a named company
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || !raiseVerbs[u.Lemma] && !amountRaisers[u.Lemma] {
			continue
		}
		if _, drop := modalityOf(c.text(0, v)); drop {
			return
		}
		o := c.skipApprox(v + 1)
		if o >= len(c.us) {
			continue
		}
		amount := amountRaisers[u.Lemma] && amountRE.MatchString(c.text(o, min(o+1, len(c.us)-1)))
		if !amount && !roundNoun(c.us[c.pricedNoun(c.skipRoundDeterminers(v+1))]) {
			continue
		}
		j := v - 1
		for j >= 0 && c.us[j].Kind == 'O' && c.us[j].tag == posAdv {
			j--
		}
		if j < 0 || c.us[j].Kind != 'N' || j > 0 && !c.isPunct(j-1, ",") {
			return // a named subject is openRound's; a description inside a clause is not the raiser
		}
		kind, ok := describedInvesteeKind(c.us[j].words)
		if !ok {
			return
		}
		if y := x.recentFocus(c.s, nil, c.us[j].words, kind); y != "" && !x.placeConflicts(c.us[j].words, y) {
			x.round = &fundingRound{co: arg{slug: y, text: c.us[j].words}, sent: x.sentIdx}
		}
		return
	}
}

// placeConflicts reports whether a description names a city (families_hq.go
// cities) in another country than the one known for slug (knownNation).
func (x *extractor) placeConflicts(words, slug string) bool {
	n := x.knownNation(slug)
	if n == "" {
		return false
	}
	w := " " + strings.ToLower(words) + " "
	for city, country := range cities {
		if country != n && strings.Contains(w, " "+city+" ") {
			return true
		}
	}
	return false
}
