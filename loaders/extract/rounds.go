package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads funding rounds: a sentence that names a company's round
// ("Granite Labs raised $50 million in a Series B round", "OpenAI's new
// funding round") opens it, and for the next two sentences those who led
// it, joined it, took part or participated in it are its investors ("led
// by A, with participation from B", "The other participants were C and
// D", "E also participated").

// fundingRound is the round under discussion and the company raising it.
type fundingRound struct {
	co    arg
	sent  int
	focus bool // opened for the investee in focus (rounds_focus.go)
	kept  bool // sent moved on by a follower (keepRound), not opened there
	topic bool // reopened for the article's one raiser (rounds_topic.go)
}

// roundNoun reports whether noun phrase u names a funding round.
func roundNoun(u unit) bool {
	w := u.words
	if u.Kind == 'E' {
		// "Series C" read as a name
		return len(w) == 8 && strings.HasPrefix(w, "series ")
	}
	if u.Kind != 'N' && u.Kind != 'M' {
		return false
	}
	return u.Lemma == "round" || strings.Contains(w, "round") || strings.Contains(w, "series a") || strings.Contains(w, "series b") ||
		strings.Contains(w, "series c") || strings.Contains(w, "series d") || u.Lemma == "seed" || u.Lemma == "raise" || moneyRoundNouns[u.Lemma] ||
		(strings.Contains(w, "series ") && lateSeriesRE.MatchString(w))
}

// moneyRoundNouns name a round by its money (helper x14inv): "announced
// new funding of $12 million", "The financing was led by A", "This ticket
// is led by A".
var moneyRoundNouns = map[string]bool{"funding": true, "financing": true, "ticket": true}

// roundFromNouns name the money of a round that came "from" its
// backers: "with participation from A", "with investments from A".
var roundFromNouns = map[string]bool{"participation": true, "investment": true, "backing": true}

// roundReach is how many sentences after the one that opened it a round
// stays the one its investors join ("The round also drew ...").
const roundReach = 3

// namedRoundReach is how far a sentence that names "the round" reaches back
// for it (round 41, dev26: "Finland's Nokia also joined the round,
// alongside A, B and C", four sentences after the round opened, with the
// lead's profile between).
const namedRoundReach = 6

// theRoundRE finds a definite reference to a round: "the round", "the
// Series B round", "the financing".
var theRoundRE = regexp.MustCompile(`(?i)\bthe (?:[\w$.-]+ ){0,3}?(?:round|financing)\b`)

// raiseVerbs are the verbs whose subject raises a round.
var raiseVerbs = map[string]bool{
	"raise": true, "close": true, "secure": true, "confirm": true, "complete": true, "announce": true, "land": true, "get": true, "receive": true, "bag": true,
}

// amountRaisers raise an amount that opens a round: "Y raised $25
// million", "Y has lined up $1.25 billion of fresh equity".
var amountRaisers = map[string]bool{"raise": true, "secure": true, "close": true, "line up": true, "land": true, "bag": true}

// famRound opens a round and reads its investors.
func (x *extractor) famRound(c *clauses) {
	x.openRound(c)
	x.openDescribedRound(c) // rounds_described.go: "The San Jose company raised $N"
	x.openRoundIn(c)        // rounds_return.go: "led a Series B in Y"
	x.openPartRound(c)      // rounds_part.go: "invested in Y as part of a round led by B"
	x.openMoneyRound(c)     // rounds_money.go: more raising verbs
	x.openWithRound(c)      // rounds_in_round.go: "came out of stealth with a $220 million seed round"
	x.openFocusRound(c)     // rounds_focus.go: a round with no company of its own
	x.noteRaiser(c)         // rounds_unnamed.go
	x.noteRoundOpened()     // rounds_topic.go
	x.reopenTopicRound(c)   // rounds_topic.go
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach && !(x.sentIdx-r.sent <= namedRoundReach && theRoundRE.MatchString(c.s.text)) {
		x.round = nil
		return
	}
	invest := func(as []arg, base float64) {
		for _, a := range as {
			x.emitFact(c.s, schema.RelInvestedIn, a, r.co, "", base, schema.Fact{})
		}
	}
	for v := range c.us {
		u := c.us[v]
		switch {
		case u.Kind == 'V' && (u.Lemma == "lead" || u.Lemma == "co-lead" || u.Lemma == "anchor" && (u.Passive || c.ts[u.Head].Form == formPart)): // "a round anchored by A" (round 40)
			if !u.Passive && c.ts[u.Head].Form != formPart {
				// "A led the round", "Lightspeed led a seed round"
				if subj := c.subject(v); subj >= 0 && v+1 < len(c.us) && roundNoun(c.us[v+1]) {
					invest(c.args(x, subj), 0.75)
					invest(c.coLeads(x, v+2), 0.7) // rounds_colead.go
					continue
				}
				if o := v + 1; subjectIsRound(c, v) && o < len(c.us) {
					// fall through to the by-phrase
				} else if !(v > 0 && roundNoun(c.us[v-1])) {
					continue
				}
			}
			// "a round (co-)led by A and B", "The round was led by A, the
			// Dallas firm, and B"
			if !(v > 0 && roundNoun(c.us[v-1])) && !subjectIsRound(c, v) {
				continue
			}
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					invest(c.betweenParties(x, p.at), 0.75)
				}
				if p.prep == "by" {
					if m := c.managedFundsBy(p.at); m >= 0 {
						invest(c.args(x, m), 0.7) // "led by funds managed by X" (rounds_copula.go)
					}
				}
			}
		case u.Kind == 'V' && u.Lemma == "join" && u.Passive && subjectIsRound(c, v):
			// "The round was joined by A, B and C"
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					invest(c.args(x, p.at), 0.7)
				}
			}
		case u.Kind == 'V' && (u.Lemma == "participate" || u.Lemma == "take" && strings.HasSuffix(c.text(v, min(v+1, len(c.us)-1)), "part") ||
			u.Lemma == "join" && v+1 < len(c.us) && roundNoun(c.us[c.pricedNoun(c.skipRoundDeterminers(v+1))]) ||
			u.Lemma == "join" && !u.Passive && (c.joinedInRound(v) || joinsOwnRound(c, v))): // rounds_join_in.go, rounds_join_poss.go
			// "B and C participated", "with B and C taking part", "existing
			// investors A and B also joined the round"
			if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" && u.Lemma != "participate" {
				continue
			}
			subj := c.subject(v)
			if subj < 0 && v > 0 && c.us[v-1].Kind == 'E' {
				subj = v - 1
			}
			if subj < 0 {
				subj = c.listBeforeOddItem(v) // rounds_odd.go
			}
			for _, co := range c.coordRoundsAfter(x, v) { // rounds_coord.go
				for _, a := range c.args(x, subj) {
					x.emitFact(c.s, schema.RelInvestedIn, a, co, "", 0.7, schema.Fact{})
				}
			}
			if co, ok := c.ownRoundAfter(x, v); ok && co.slug != r.co.slug {
				// "took part in Y's round" after another company's round
				// in the same sentence (rounds_its_backed.go)
				for _, a := range c.args(x, subj) {
					x.emitFact(c.s, schema.RelInvestedIn, a, co, "", 0.7, schema.Fact{})
				}
				continue
			}
			if joinsOwnRound(c, v) {
				invest(namedArgs(c.args(x, subj)), 0.7) // rounds_join_poss.go
			} else {
				invest(c.args(x, subj), 0.7)
			}
			if subj >= 0 {
				// "A and B also took part, alongside C and D": the backers
				// named beside them joined the same round (helper z15inv)
				invest(c.coInvestors(x, v), 0.7)
			}
			if e := c.asDid(v); e >= 0 {
				invest(c.args(x, e), 0.7) // "B took part, as did C"
			}
		case u.Kind == 'V' && u.Lemma == "invest" && !u.Neg && !u.Passive && v+2 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in" &&
			roundNoun(c.us[v+2]) && c.us[v+2].Kind != 'E' && !strings.Contains(c.us[v+2].words, "'s"):
			// "A, B and C, which each invested in the round, toured the
			// plant", "D invested in the Series B" (helper z20inv)
			if _, drop := modalityOf(c.text(max(v-3, 0), v)); !drop {
				sv := v
				if v > 0 && c.us[v-1].Kind == 'N' && c.us[v-1].words == "each" {
					sv = v - 1 // "which each invested": a floating quantifier
				}
				invest(c.args(x, c.subject(sv)), 0.7)
			}
		case u.Kind == 'N' && roundFromNouns[u.Lemma] && v+2 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "from" && c.us[v+2].Kind == 'E':
			// "with participation from A", "with investments from A and
			// B", "with backing from A"
			invest(c.args(x, v+2), 0.7)
			if more := c.moreFrom(x, v+2); len(more) > 0 { // rounds_from_more.go
				invest(more, 0.7)
			}
		case u.Kind == 'V' && (u.Lemma == "back" || u.Lemma == "fund") && !u.Neg && v > 0 && roundNoun(c.us[v-1]):
			// "a $208m funding round backed by A and B"
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					invest(c.args(x, p.at), 0.7)
				}
			}
		case u.Kind == 'V' && u.Lemma == "be" && !u.Neg && c.investorInRound(v): // rounds_copula.go
			// "KT Corp was the biggest single investor in the round"
			if _, drop := modalityOf(c.text(max(v-3, 0), v)); !drop {
				invest(c.args(x, c.subject(v)), 0.7)
			}
		case u.Kind == 'N' && (u.Lemma == "participant" || u.Lemma == "co-investor") && v+2 < len(c.us) && c.us[v+1].Kind == 'V' &&
			(c.us[v+1].Lemma == "be" || c.us[v+1].Lemma == "include") && c.us[v+2].Kind == 'E':
			// "The other participants were C and D"
			invest(c.args(x, v+2), 0.7)
		}
	}
}

// subjectIsRound reports whether the clause of verb v is about a round:
// a round noun before it with no entity in between ("The round, announced
// on Tuesday, was joined by").
func subjectIsRound(c *clauses, v int) bool {
	start := v - 1
	if r := c.relativeBefore(v); r >= 0 {
		start = r // "The round, which A led, also drew B" (rounds_draw.go)
	}
	for j := start; j >= 0; j-- {
		if c.us[j].Kind == 'E' || c.us[j].Kind == 'V' && j < v-1 && !c.isPunct(j-1, ",") {
			return false
		}
		if roundNoun(c.us[j]) || roundBuyers(c.us[j]) {
			return true
		}
	}
	return false
}

// roundBuyers reports whether noun phrase u names a round's buyers as a
// whole: "The buyers were led by A", "The investors were led by A" (round
// 36, from the read splits).
func roundBuyers(u unit) bool {
	return u.Kind == 'N' && (u.Lemma == "buyer" || u.Lemma == "investor") && (u.words == "the buyers" || u.words == "the investors")
}

// openRound notes a round this sentence names with the company raising
// it: the subject of a raising verb, or the possessor of the round. A
// company that raised an amount opens one too ("Y raised $25 million.
// The round was co-led by A").
func (x *extractor) openRound(c *clauses) {
	for v, u := range c.us {
		if u.Kind == 'V' && !u.Passive && amountRaisers[u.Lemma] && v+1 < len(c.us) && amountRE.MatchString(c.text(c.skipApprox(v+1), c.skipApprox(v+1)+1)) {
			if subj := c.subject(v); subj >= 0 {
				if as := c.args(x, subj); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
					x.round = &fundingRound{co: as[0], sent: x.sentIdx}
				}
			}
		}
	}
	for j, u := range c.us {
		if !roundNoun(u) || u.Lemma == "raise" && u.Kind != 'N' {
			continue
		}
		p := j - 1
		if c.isPunct(p, "$") || c.isPunct(p, "€") || c.isPunct(p, "£") {
			p-- // "Y's $40 million round"
		}
		if p >= 0 && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss {
			if as := c.args(x, p); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
				if x.possIsClauseEntity(c, p, as[0]) || x.describesOpenRound(as[0]) {
					continue // rounds2.go's notOwnRound
				}
				x.round = &fundingRound{co: as[0], sent: x.sentIdx}
				return
			}
		}
		for v := j - 1; v >= 0; v-- {
			if c.us[v].Kind != 'V' {
				continue
			}
			if !raiseVerbs[c.us[v].Lemma] {
				break
			}
			if subj := c.subject(v); subj >= 0 {
				if as := c.args(x, subj); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
					x.round = &fundingRound{co: as[0], sent: x.sentIdx}
					return
				}
			}
			break
		}
		if strings.HasPrefix(u.words, "its ") && x.prevSubj != "" && x.typeOf(x.prevSubj) == schema.TypeCompany {
			co := x.prevSubj
			if o := x.backedOwner(co); o != "" {
				co = o // "Backers include A and B. Its seed round" (rounds_its_backed.go)
			}
			x.round = &fundingRound{co: arg{slug: co, text: "(" + x.nameOf(co) + ")"}, sent: x.sentIdx}
			return
		}
	}
}

// asDid is the entity of a comparative clause after verb v ("B took
// part, as did C"), or of an elliptic "and so did C" (helper x14inv), or
// -1.
func (c *clauses) asDid(v int) int {
	k := v + 1
	if k < len(c.us) && c.us[k].Kind == 'N' && c.us[k].words == "part" {
		k++
	}
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++ // "invested again, as did C" (round 34)
	}
	if k+3 < len(c.us) && c.isPunct(k, ",") && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "as" && c.us[k+2].Kind == 'V' &&
		c.us[k+2].Lemma == "do" && !c.us[k+2].Neg {
		e := k + 3
		if e+1 < len(c.us) && c.us[e].Kind == 'M' {
			e++ // "as did the state-run Korea Development Bank"
		}
		if c.us[e].Kind == 'E' {
			return e
		}
	}
	if c.isPunct(k, ",") {
		k++
	}
	if k+2 < len(c.us) && c.isPunct(k, "and") && c.us[k+1].Kind == 'V' && c.us[k+1].Lemma == "do" && !c.us[k+1].Neg &&
		strings.HasPrefix(c.us[k+1].words, "so ") && c.us[k+2].Kind == 'E' {
		return k + 2 // "and so did C"
	}
	return -1
}
