package extract

import "strings"

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
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	defer x.keepRound(c.s)
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || c.ts[u.Head].Form == formIng || c.ts[u.Head].Form == formPart {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
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
