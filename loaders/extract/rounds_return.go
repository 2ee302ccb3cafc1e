package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads more of the intransitive verbs by which business news
// adds a backer to the round under discussion (helper x13i9, issue 13,
// on the investments drill testdata/drills/invest2): "Existing investors
// A and B also returned", "C doubled down", "D and E each bought in",
// "F chipped in", "G followed with $X for 7.73%", "H and I took smaller
// slices", "the chip makers also invested, through J and K
// respectively", and a company that "sold minority stakes to 13
// investors" opens a round of its own for the sentences after it. Every
// reading needs a round opened within roundReach sentences; a negation,
// a verb with a named object of its own ("returned to Y", "bought into
// Z") or a passive states nothing.

// returnParticles are the verbs read with the word after them, and that
// word: "double down", "buy in", "chip in", "pile in", "pitch in", "come
// back", "top up" (as a follower, with no object).
var returnParticles = map[string]string{
	"double": "down", "buy": "in", "chip": "in", "pile": "in", "pitch": "in", "come": "back", "top": "up",
}

// The past forms of "chip in" and "pile in" are verbs; their bases stay
// nouns ("small-cell chips", "a pile of cash").
func init() {
	irregular["chipped"] = struct {
		base string
		f    form
	}{"chip", formPast}
	irregular["piled"] = struct {
		base string
		f    form
	}{"pile", formPast}
}

// famRoundReturn reads the followers of the round under discussion told by
// an intransitive verb of returning or joining in.
func (x *extractor) famRoundReturn(c *clauses) {
	x.openStakeSale(c)
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	defer x.keepRound(c.s)
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		end := v
		switch {
		case u.Lemma == "return" || u.Lemma == "re-up":
		case returnParticles[u.Lemma] != "" && u.Particle == returnParticles[u.Lemma]:
		case returnParticles[u.Lemma] != "" && v+1 < len(c.us) && c.us[v+1].words == returnParticles[u.Lemma]:
			end = v + 1
		case u.Lemma == "follow" && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "with" && c.amountAt(c.skipApprox(v+2)):
			// "G followed with $X for 7.73%"
			end = v + 1
			if c.forPart(v) {
				continue // "for 20% of Y": read by invest_percent.go
			}
			x.returnFollower(c, v, c.floatingSubject(v))
			continue
		case u.Lemma == "take" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && sliceNoun(c.us[v+1]):
			// "H and I took smaller slices"
			end = v + 1
		case (u.Lemma == "join" || u.Lemma == "invest") && c.absoluteWith(v) >= 0:
			// "The round was led by A, with B and C joining", "with D
			// also investing" (rounds_with_ing.go)
		case u.Lemma == "invest" && c.ts[u.Head].Form != formIng:
			// "also invested, through J and K respectively": the vehicles
			if e := c.throughVehicle(v); e >= 0 {
				x.returnFollower(c, v, e)
			}
			continue
		default:
			continue
		}
		if !c.intransitiveEnd(end) && !c.withCheque(end) {
			continue
		}
		subj := c.floatingSubject(v)
		if subj < 0 {
			subj = c.absoluteWith(v) // "with B and C coming back" (rounds_with_ing.go)
		}
		x.returnFollower(c, v, subj)
	}
}

// returnFollower states the entity unit subj as an investor in the round
// under discussion, unless it is the round's own company.
func (x *extractor) returnFollower(c *clauses, v, subj int) {
	r := x.round
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	co := x.resolve(r.co, companyTypes)
	x.rule = "invest.round-return"
	for _, a := range c.args(x, subj) {
		if x.resolve(a, orgTypesAll) == co {
			continue
		}
		x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.modText(subj, v), 0.7, schema.Fact{})
	}
}

// sliceNoun reports whether noun phrase u is a part of a company's equity
// taken by several investors: "smaller slices", "a slice", "chunks".
func sliceNoun(u unit) bool {
	return u.Lemma == "slice" || u.Lemma == "chunk" || u.Lemma == "piece"
}

// withCheque reports whether the words after unit end are a cheque or an
// amount and nothing naming another company: "doubled down with a larger
// cheque this time", "came back with $20 million".
func (c *clauses) withCheque(end int) bool {
	k := end + 1
	if k >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "with" {
		return false
	}
	k++
	if !c.amountAt(c.skipApprox(k)) && !(k < len(c.us) && c.us[k].Kind == 'N' && chequeNoun(c.us[k])) {
		return false
	}
	for j := k; j < len(c.us) && !c.boundary(j) && !c.isPunct(j, ","); j++ {
		if c.us[j].Kind == 'E' || c.us[j].Kind == 'V' {
			return false
		}
	}
	return true
}

// chequeNoun reports whether noun phrase u is money written in: "a larger
// cheque", "a bigger check", "fresh capital".
func chequeNoun(u unit) bool {
	return u.hasMod("cheque", "check", "capital", "money", "commitment") // "a larger cheque this time" ends in its time
}

// throughVehicle is the entity unit after "through" that closes the
// clause of an intransitive verb v ("invested, through J and K
// respectively"), or -1.
func (c *clauses) throughVehicle(v int) int {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && (c.us[k].tag == posAdv || c.isPunct(k, ",")) {
		k++
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "through" || c.us[k+1].Kind != 'E' {
		return -1
	}
	for j := k + 2; j < len(c.us) && !c.boundary(j); j++ {
		if !(c.us[j].Kind == 'O' && (c.us[j].tag == posAdv || c.us[j].words == "respectively")) {
			return -1
		}
	}
	return k + 1
}

// openStakeSale opens a round for a company that sold stakes to investors
// it does not name: "Jio Platforms sold minority stakes to 13 investors in
// twelve weeks". Named buyers are read by the stake families.
func (x *extractor) openStakeSale(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "sell" || u.Neg || u.Passive || v+3 >= len(c.us) {
			continue
		}
		n := c.us[v+1]
		if n.Kind != 'N' || !(n.Lemma == "stake" || strings.HasSuffix(n.words, "stakes") || n.Lemma == "share" || n.Lemma == "equity") {
			continue
		}
		if !(c.us[v+2].Kind == 'P' && c.us[v+2].Lemma == "to" && c.us[v+3].Kind == 'N' && investorNouns[c.us[v+3].Lemma]) {
			continue
		}
		subj := c.subject(v)
		if subj < 0 {
			continue
		}
		if as := c.args(x, subj); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
			x.round = &fundingRound{co: as[0], sent: x.sentIdx}
		}
	}
}

// openRoundIn opens a round for the company a round noun is "in", "for"
// or "of": "A led a $40 million Series B in EdgeQ; B and C also
// participated", "A anchored the seed round for Y", "A led the Series B
// of Y" (helper x13i10; "a round of funding" names no company). The company must be a
// registered or discovered company, not a description of another.
func (x *extractor) openRoundIn(c *clauses) {
	for j, u := range c.us {
		if !roundNoun(u) || u.Kind == 'E' || j+2 >= len(c.us) {
			continue
		}
		p := c.us[j+1]
		if p.Kind != 'P' || p.Lemma != "in" && p.Lemma != "for" && p.Lemma != "of" || c.us[j+2].Kind != 'E' || c.ents[c.us[j+2].ent].poss {
			continue
		}
		if p.Lemma == "of" && j+3 < len(c.us) && c.us[j+3].Kind == 'N' {
			continue // "a round of Nokia layoffs": the name only modifies
		}
		if as := c.args(x, j+2); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
			x.round = &fundingRound{co: as[0], sent: x.sentIdx}
			return
		}
	}
}
