package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads the rest of a funding round the way business news tells
// it, after rounds.go has opened it: a lead given with the raiser's
// possessive ("A led Y's $40 million Series C", "A anchored its Series
// B"), a lead sharing its subject with another verb ("A put up the biggest
// cheque and led the raise"), and followers in sentences of their own ("B
// came in as a new strategic investor", "joining it were B and C", "B, C
// and D followed with smaller amounts", "B and C were among the other
// investors"). It also reads control ("Y, controlled by A", "A, the
// conglomerate that controls Y", "A owns it outright") and investors that
// became shareholders ("A and B became shareholders in Y").
//
// Followers get no amount: the gold convention gives a round's total to
// its lead only.

// leadNouns name the leads of a round: "A and B came in as co-leads"
// (round 31, dev18; the tagger may read "co-leads" as a verb, so the word
// must close the clause).
var leadNouns = map[string]bool{"co-lead": true, "lead": true, "co-leader": true, "anchor": true}

// leadRoundLemmas lead a round: "led", "anchored", "headed".
var leadRoundLemmas = map[string]bool{"lead": true, "co-lead": true, "anchor": true, "head": true, "spearhead": true}

// famRoundNews reads the business-news shapes of a round.
func (x *extractor) famRoundNews(c *clauses) {
	defer x.keepRound(c.s)
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case leadRoundLemmas[u.Lemma] && !u.Passive:
			x.leadPossRound(c, v)
		case u.Lemma == "come in" || u.Lemma == "come" && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in":
			// "Arm came in as a new strategic investor", "B came in this
			// spring"; not "came in as its first customer"
			k := v + 1
			if c.us[k].Kind == 'P' && c.us[k].Lemma == "in" {
				k++
			}
			if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "as" && !(c.us[k+1].Kind == 'N' && investorNouns[c.us[k+1].Lemma] || leadNouns[c.us[k+1].Lemma] && c.intransitiveEnd(k+1)) {
				continue
			}
			x.roundFollower(c, v, c.leftSubject(v))
		case (u.Lemma == "put" || u.Lemma == "put in") && !u.Passive && putMoneyInRE.MatchString(strings.ToLower(c.s.text[u.End:])):
			// "B and C also put money in", "D put in fresh cash" (rounds_put_in.go)
			if y := x.investeeSinceRound(); y != "" {
				x.moneyInFollower(c, v, c.leftSubject(v), y)
				continue
			}
			x.roundFollower(c, v, c.leftSubject(v))
		case u.Lemma == "follow" && !u.Passive && c.object(v) < 0 && !(v+1 < len(c.us) && c.us[v+1].Kind == 'N'): // "who follows Gulf technology deals": an object
			// "B, C and D followed with smaller amounts"
			if x.round != nil && x.round.sent == x.sentIdx-1 {
				x.roundFollower(c, v, c.subject(v))
			}
		case u.Lemma == "join" && c.ts[u.Head].Form == formIng && v+2 < len(c.us) && c.us[v+1].words == "it" &&
			c.us[v+2].Kind == 'V' && c.us[v+2].Lemma == "be":
			// "joining it were B, C and D"
			if e := c.skipDescriptors(v + 3); e < len(c.us) && c.us[e].Kind == 'E' {
				x.roundFollower(c, v, e)
			}
		case u.Lemma == "be" && c.amongInvestors(v):
			// "B and C were (also) among the other investors"
			x.roundFollower(c, v, c.leftSubject(v))
			if e := c.trailingWith(v); e >= 0 {
				x.roundFollower(c, v, e) // ", with D, E and F" (rounds_in_round.go)
			}
		}
	}
}

// keepRound keeps the round under discussion while sentences keep naming
// its investors.
func (x *extractor) keepRound(s *sent) {
	r := x.round
	if r == nil || r.sent == x.sentIdx {
		return
	}
	if t := strings.TrimSpace(s.text); strings.HasSuffix(t, "?") && x.sentIdx-r.sent <= 2 {
		r.sent = x.sentIdx // a reader's question carries the round on to its answer
		return
	}
	slug := x.resolve(r.co, companyTypes)
	for _, f := range x.facts {
		if f.Relation == schema.RelInvestedIn && f.Evidence == s.text && f.Object.ID == slug {
			r.sent, r.kept = x.sentIdx, true
			return
		}
	}
}

// roundFollower states that the entities at unit subj invested in the
// round under discussion.
func (x *extractor) roundFollower(c *clauses, v, subj int) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach || subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	x.rule = "invest.round-follower"
	for _, a := range c.args(x, subj) {
		x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.modText(subj, v), 0.7, schema.Fact{})
	}
}

// itsRound reports whether the units from o are a round "its" owns: "its
// Series B", "its $40 million Series B" (the amount its own units), not
// "its own Series B" (round 36).
func (c *clauses) itsRound(o int) bool {
	if o >= len(c.us) || strings.HasPrefix(c.us[o].words, "its own ") {
		return false
	}
	if roundNoun(c.us[o]) && strings.HasPrefix(c.us[o].words, "its ") {
		return true
	}
	if c.us[o].words != "its" {
		return false
	}
	r := o + 1
	for k := 0; k < 3 && r < len(c.us) && !roundNoun(c.us[r]) && (c.us[r].Kind == 'O' && (c.us[r].words == "$" || c.us[r].words == "€") ||
		(c.us[r].Kind == 'M' || c.us[r].Kind == 'N') && amountRE.MatchString("$"+c.us[r].words+" ")); k++ {
		r++
	}
	return r < len(c.us) && roundNoun(c.us[r]) && r > o+1
}

// leadPossRound: "Humain led Luma's $900 million Series C round", "KT
// anchored its Series B", "A put up the biggest cheque and led the
// raise". The lead invested in the raiser; the raiser does not lead the
// lead, whatever the lead family read.
func (x *extractor) leadPossRound(c *clauses, v int) {
	o := v + 1
	if o >= len(c.us) {
		return
	}
	var co arg
	switch {
	case c.us[o].Kind == 'E' && c.ents[c.us[o].ent].poss:
		as := c.args(x, o)
		if len(as) != 1 {
			return
		}
		r := o + 1
		for k := 0; k < 3 && r < len(c.us) && !roundNoun(c.us[r]) && (c.us[r].Kind == 'O' && c.us[r].words == "$" || c.us[r].Kind == 'O' && c.us[r].words == "€" ||
			(c.us[r].Kind == 'M' || c.us[r].Kind == 'N') && amountRE.MatchString("$"+c.us[r].words+" ")); k++ {
			r++ // "$900 million"
		}
		if r >= len(c.us) || !roundNoun(c.us[r]) && !(c.us[r].Kind == 'E' && r+1 < len(c.us) && roundNoun(c.us[r+1])) {
			return
		}
		co = as[0]
		x.dropLedBy(c.s, co)
	case c.itsRound(o) && x.round == nil && x.prevSubj != "":
		co = arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}
	case roundNoun(c.us[o]) && x.round != nil && x.sentIdx-x.round.sent <= roundReach && c.subject(v) < 0:
		co = x.round.co
	default:
		return
	}
	if x.resolve(co, companyTypes) == "" {
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		// "A put up the biggest cheque and led the raise"
		for k := v - 1; k > 0; k-- {
			if c.us[k].Kind == 'V' && c.us[k-1].Kind == 'E' {
				subj = k - 1
				break
			}
			if c.boundary(k) {
				break
			}
		}
	}
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	if co = x.notOwnRound(c, subj, co); co.slug == "" && co.text == "" {
		return
	}
	opened := x.round == nil || x.round.sent != x.sentIdx
	x.round = &fundingRound{co: co, sent: x.sentIdx}
	x.rule = "invest.round-lead"
	f := schema.Fact{Amount: amountRE.FindString(c.text(v, min(v+4, len(c.us)-1)))}
	for _, a := range c.args(x, subj) {
		x.emitFact(c.s, schema.RelInvestedIn, a, co, c.modText(subj, v), 0.75, f)
	}
	if opened {
		// the round's followers in the rest of the sentence: "and B
		// also took part"
		x.rule = "invest.round"
		x.famRound(c)
	}
}

// leftSubject is the subject of verb v, or else the entity opening its
// clause when only appositions stand between ("B, C and T.Capital, the
// venture arm of D, were among the other investors").
func (c *clauses) leftSubject(v int) int {
	if s := c.subject(v); s >= 0 {
		return s
	}
	for k := 0; k < v; k++ {
		if c.us[k].Kind == 'V' || c.boundary(k) {
			return -1
		}
		if c.us[k].Kind == 'E' {
			return k
		}
		if c.us[k].Kind != 'M' {
			return -1
		}
	}
	return -1
}

// dropLedBy takes back a ledBy fact of this sentence whose organisation is
// a company raising a round: leading a round is no leadership.
func (x *extractor) dropLedBy(s *sent, co arg) {
	slug := x.resolve(co, companyTypes)
	out := x.facts[:0]
	for _, f := range x.facts {
		if f.Relation == schema.RelLedBy && f.Evidence == s.text && f.Subject.ID == slug {
			continue
		}
		out = append(out, f)
	}
	x.facts = out
}

// famControl: "Arm, the British chip designer controlled by SoftBank
// Group", "SK Group, the conglomerate that controls SKT", "the fund, which
// owns it outright", "A and B became shareholders in Y".
func (x *extractor) famControl(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case u.Lemma == "control" && !u.Passive && !(v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "by"):
			subj, obj := c.subject(v), c.object(v)
			if subj < 0 || obj < 0 || !c.relative(v-1) {
				continue // only in a relative clause: "A, which controls Y"
			}
			subj = c.describedName(x, subj) // invest_relative_args.go
			x.rule = "invest.control"
			x.investEach(c, c.args(x, subj), c.args(x, obj), c.modText(subj, v), 0.7)
		case u.Lemma == "control" && (u.Passive || c.ts[u.Head].Form == formPart || c.ts[u.Head].Form == formPast) && v+2 < len(c.us) &&
			c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "by" && c.us[v+2].Kind == 'E':
			// "Y, controlled by A", "Y, the designer controlled by A"
			y := -1
			if u.Passive {
				// "Y, the operator formed in 2023 by the merger, is jointly
				// controlled by A and B": the subject across its apposition
				// (round 40)
				if sb := c.subject(v); sb >= 0 && c.us[sb].Kind == 'E' && !c.isCountry(sb) {
					y = c.describedName(x, sb) // "Y, the operator," (invest_relative_args.go)
				} else if c.isPunct(v-1, ",") {
					for k := v - 2; k >= 1 && !c.boundary(k); k-- {
						if c.isPunct(k, ",") {
							if c.us[k-1].Kind == 'E' && !c.isCountry(k-1) && !c.ents[c.us[k-1].ent].poss {
								y = k - 1 // "Y, the operator formed in 2023," with a verb of its own
							}
							break
						}
					}
				}
			}
			for k := v - 1; k >= 0 && y < 0; k-- {
				if c.us[k].Kind == 'E' && !c.isCountry(k) {
					y = k
					break
				}
				if c.us[k].Kind == 'V' || c.isPunct(k, ";") || c.isPunct(k, ":") {
					break
				}
			}
			if y < 0 {
				continue
			}
			x.rule = "invest.controlled-by"
			x.investEach(c, c.args(x, v+2), c.args(x, y), c.modText(-1, v), 0.7)
		case u.Lemma == "own" && !u.Passive && v+2 < len(c.us) && c.us[v+1].Kind == 'E' && strings.Contains(c.us[v+2].words, "outright"):
			// "which owns it outright"
			subj := c.subject(v)
			if subj < 0 {
				continue
			}
			subj = c.describedName(x, subj) // invest_relative_args.go
			obj := c.boundIt(x, subj, v+1)  // invest_relative_args.go
			if obj < 0 {
				continue
			}
			x.rule = "invest.owns-outright"
			x.investEach(c, c.args(x, subj), c.args(x, obj), c.modText(subj, v), 0.75)
		case u.Lemma == "become" && v+3 < len(c.us) && c.us[v+1].Kind == 'N' && investorNouns[c.us[v+1].Lemma] &&
			c.us[v+2].Kind == 'P' && (c.us[v+2].Lemma == "in" || c.us[v+2].Lemma == "of") && c.us[v+3].Kind == 'E':
			// "SK Telecom and SK Hynix became shareholders in it"
			subj := c.subject(v)
			if subj < 0 {
				continue
			}
			x.rule = "invest.became-shareholder"
			x.investEach(c, c.args(x, subj), c.args(x, v+3), c.modText(subj, v), 0.75)
		}
	}
}

// investEach states that every investor invested in every investee.
func (x *extractor) investEach(c *clauses, investors, investees []arg, modText string, base float64) {
	for _, a := range investors {
		for _, b := range investees {
			x.emitFact(c.s, schema.RelInvestedIn, a, b, modText, base, schema.Fact{Date: x.dateOf(c.s)})
		}
	}
}

// amongInvestors reports whether copula v goes on "(also) among the
// investors" (or "the buyers" of the round's shares).
func (c *clauses) amongInvestors(v int) bool {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++
	}
	return k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "among" && c.us[k+1].Kind == 'N' && (investorNouns[c.us[k+1].Lemma] || c.us[k+1].Lemma == "buyer") &&
		!strings.Contains(c.us[k+1].words, "potential")
}

// notOwnRound is the raiser of a round its lead (the entities at unit
// subj) led: the round under discussion's company when a description
// ("the start-up's Series A") names the raiser in a later sentence; co,
// unless a description or pronoun was read as the lead
// itself ("Andreessen Horowitz had also co-led the company's $80 million
// Series B", round 31: a lead leads another company's round), when it is
// the round under discussion's company, or nothing.
func (x *extractor) notOwnRound(c *clauses, subj int, co arg) arg {
	slug := x.resolve(co, companyTypes)
	if x.describesOpenRound(co) {
		return x.round.co
	}
	for _, a := range c.args(x, subj) {
		if x.resolve(a, orgTypesAll) != slug {
			continue
		}
		if r := x.round; r != nil && x.sentIdx-r.sent <= roundReach && x.resolve(r.co, companyTypes) != slug {
			return r.co
		}
		return arg{}
	}
	return co
}

// possIsClauseEntity reports whether the possessor a at unit p is a
// description or pronoun read as another entity of its own clause: "A
// had also co-led the company's Series B" read "the company" as A.
func (x *extractor) possIsClauseEntity(c *clauses, p int, a arg) bool {
	if a.m == nil || !a.m.Coref {
		return false
	}
	slug := x.resolve(a, companyTypes)
	for k := p - 1; k >= 0 && !c.boundary(k); k-- {
		if c.us[k].Kind != 'E' {
			continue
		}
		for _, b := range c.args(x, k) {
			if x.resolve(b, orgTypesAll) == slug {
				return true
			}
		}
	}
	return false
}

// describesOpenRound reports whether the possessor a of a round noun is a
// description ("the start-up's $155 million Series A") told while an
// earlier sentence's round of another company is under discussion: the
// description is that round's company, whatever the resolver made of it
// ("Sandton Capital, which led the start-up's $155 million Series A in
// December, came back for more" in a story on Nscale's round, dev18).
func (x *extractor) describesOpenRound(a arg) bool {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach || r.sent >= x.sentIdx || a.m == nil || !a.m.Coref || !strings.HasPrefix(strings.ToLower(a.m.Text), "the ") {
		return false
	}
	co := x.resolve(r.co, companyTypes)
	return co != "" && co != x.resolve(a, companyTypes)
}
