package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads backers told by where they were rather than by what
// they did (round 31, probed on funding news of our own): "A, B and C were
// in the round", "D and E were also in the $30 million seed round", "F
// also took a ticket". Each needs the round under discussion (rounds.go),
// or the round of the investee in focus (rounds_focus.go); the round's own
// company, a negation and a modal state nothing, and a round with an
// owner of its own ("were in Y's round") is rounds.go's.

// inRoundNoun reports whether the copula at unit v is followed by "in" and
// a round noun whose head is a round: "were (also) in the round", "were in
// the $30 million seed round". "In the middle of a funding round" and "in
// talks" are no rounds.
func (c *clauses) inRoundNoun(v int) bool {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "in" {
		return false
	}
	n := c.pricedNoun(c.skipRoundDeterminers(k + 1))
	if n >= len(c.us) {
		return false
	}
	u := c.us[n]
	if u.Kind == 'E' {
		return roundNoun(u) // "were in the Series C"
	}
	return (u.Kind == 'N' || u.Kind == 'M') && (u.Lemma == "round" || u.Lemma == "seed" || moneyRoundNouns[u.Lemma] || strings.Contains(u.words, "series "))
}

// ticketNoun reports whether noun phrase u is a backer's part of a round:
// "also took a ticket", "took a small ticket".
func ticketNoun(u unit) bool {
	return u.Lemma == "ticket" && !u.hasMod("plane", "train", "lottery", "concert", "event")
}

// famInRound reads "A and B were in the round" and "C also took a
// ticket".
func (x *extractor) famInRound(c *clauses) {
	if r := x.round; r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	defer x.keepRound(c.s)
	for v, u := range c.us {
		if !c.assertedFinite(v) {
			continue
		}
		switch {
		case u.Lemma == "be" && c.inRoundNoun(v):
		case u.Lemma == "take" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && ticketNoun(c.us[v+1]) && (c.intransitiveEnd(v+1) || c.withCheque(v+1)):
		default:
			continue
		}
		x.returnFollower(c, v, c.leftSubject(v))
	}
}

// openWithRound opens the round of a company that did something "with" a
// round: "H came out of stealth in May with a $220 million seed round",
// "Y launched with $220 million of seed funding" (round 31, dev18). The
// subject must be one company; a round "with" a lead ("a round with A")
// is not this.
func (x *extractor) openWithRound(c *clauses) {
	if r := x.round; r != nil && r.sent == x.sentIdx {
		return
	}
	for j, u := range c.us {
		if !roundNoun(u) || u.Kind == 'E' || u.Lemma == "raise" {
			continue
		}
		i := c.beforeAmount(j)
		if i < 1 || c.us[i].Kind != 'P' || c.us[i].Lemma != "with" {
			continue
		}
		v := i - 1
		for v >= 0 && c.us[v].Kind != 'V' && !c.boundary(v) && c.us[v].Kind != 'E' {
			v-- // "in May", "of stealth"
		}
		if v < 0 || c.us[v].Kind != 'V' || c.us[v].Neg || c.us[v].Passive {
			continue
		}
		subj := c.subjectAcrossAppos(v)
		if subj < 0 {
			continue
		}
		if as := c.args(x, subj); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
			x.round = &fundingRound{co: as[0], sent: x.sentIdx}
			return
		}
	}
}

// trailingWith is the entity unit of a ", with D, E and F" that closes the
// clause of verb v ("A and B were among the funds in the round, with C,
// D and E": dev18), or -1.
func (c *clauses) trailingWith(v int) int {
	for j := v + 1; j+2 < len(c.us) && !c.boundary(j); j++ {
		if c.us[j].Kind == 'V' || c.us[j].Kind == 'E' {
			return -1
		}
		if c.isPunct(j, ",") && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "with" && c.us[j+2].Kind == 'E' {
			if k := j + 3; k < len(c.us) && !c.boundary(k) {
				return -1 // "with D on the board"
			}
			return j + 2
		}
	}
	return -1
}

// subjectAcrossAppos is the subject of verb v, or the entity before an
// apposition that stands between it and v ("H, a Paris start-up building
// agents, came out of stealth"; a participle may describe, a finite verb
// or another name may not), or -1.
func (c *clauses) subjectAcrossAppos(v int) int {
	if s := c.subject(v); s >= 0 {
		return s
	}
	if v < 2 || !c.isPunct(v-1, ",") {
		return -1
	}
	for k := v - 2; k >= 1; k-- {
		switch {
		case c.us[k].Kind == 'V' && c.ts[c.us[k].Head].Form == formIng:
			// "a Paris start-up building agents"
		case c.us[k].Kind == 'V' || c.us[k].Kind == 'E' || c.boundary(k):
			return -1
		case c.isPunct(k, ","):
			if c.us[k-1].Kind == 'E' && (k-1 == 0 || c.boundary(k-2)) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// famCountedColonLeads: "Four investors co-led it: A, B, C and D, the
// venture arm of E" (round 31, dev18): a counted investor noun leads the
// round under discussion ("it", "the round") and a colon names them. The
// items are the names that open the list's items; a name inside an
// apposition ("of E") is none. A count the items do not match states
// nothing.
func (x *extractor) famCountedColonLeads(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || !leadRoundLemmas[u.Lemma] || v < 1 || v+2 >= len(c.us) {
			continue
		}
		n := c.us[v-1]
		if n.Kind != 'N' || !investorNouns[n.Lemma] && n.Lemma != "fund" && n.Lemma != "firm" {
			continue
		}
		count, ok := numberWords[strings.Fields(n.words)[0]]
		if !ok {
			continue
		}
		o := v + 1
		if !(c.us[o].words == "it" || roundNoun(c.us[o])) || !c.isPunct(o+1, ":") {
			continue
		}
		var items []arg
		for k := o + 2; k < len(c.us) && !c.boundary(k); k++ {
			if c.us[k].Kind != 'E' {
				continue
			}
			p := k - 1
			if p >= 0 && c.us[p].Kind == 'M' {
				p--
			}
			if p < 0 || !(c.isPunct(p, ":") || c.isPunct(p, ",") || c.isPunct(p, "and")) {
				continue // "the venture arm of E"
			}
			items = append(items, c.args(x, k)...)
		}
		if len(items) != count {
			continue
		}
		x.rule = "invest.round"
		for _, a := range items {
			x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.modText(-1, v), 0.7, schema.Fact{})
		}
	}
}
