package extract

import "strings"

// This file reads backers of the round under discussion told through the
// round's money rather than its company (helper x14inv, issue 13, on the
// drill testdata/drills/invest4): the sentence names the money ("the
// investment", "the $120m deal", "the cash", "the capital injection") and
// the reader ties it to the round rounds.go opened within roundReach
// sentences.
//   - a verb of leading or paying with the money as object: "A headed the
//     investment", "A and B funded the round", "A provided most of the
//     money", "A supplied the capital injection";
//   - the money's source: "The money came from A and B", "The cash was
//     provided by A";
//   - the round's investors by copula: "New investors are A and B",
//     "Investors were A and B", "Participants were A and B" (no company
//     after the noun: "investors in
//     Z are" names its own).
// A money noun tied to another company ("A funded Z's round", "the
// investment in Z") is the other families' reading; a negation, a modal or
// reported verb states nothing.

// moneyNouns are the round's money named by a noun.
var moneyNouns = map[string]bool{
	"investment": true, "money": true, "cash": true, "capital": true, "injection": true, "funding": true, "financing": true,
	"ticket": true, "tranche": true, "raise": true, "round": true, "deal": true, "proceeds": true,
	"equity": true, // "raised fresh equity from its owners" (helper z20inv)
}

// moneyVerbs take the round's money as their object: to lead it or to pay
// it in. "deal" is read only after the leading verbs and "fund",
// "finance" ("A provided the deal" is no sentence of money).
var moneyVerbs = map[string]bool{
	"lead": true, "co-lead": true, "head": true, "anchor": true, "spearhead": true,
	"fund": true, "finance": true, "provide": true, "supply": true, "put up": true, "underwrite": true,
}

// famRoundMoney reads the three shapes above.
func (x *extractor) famRoundMoney(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	defer x.keepRound(c.s)
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || c.ts[u.Head].Form == formIng {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		switch {
		case !u.Passive && moneyVerbs[u.Lemma] && c.ts[u.Head].Form != formPart:
			n := c.moneyObject(v)
			if n < 0 || c.us[n].Lemma == "deal" && !(leadRoundLemmas[u.Lemma] || u.Lemma == "fund" || u.Lemma == "finance") {
				continue
			}
			x.returnFollower(c, v, c.subject(v))
		case !u.Passive && u.Lemma == "come" && v > 0 && c.moneySubject(v) && v+2 < len(c.us) &&
			c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "from" && c.us[v+2].Kind == 'E':
			// "The money came from A and B"
			x.returnFollower(c, v, v+2)
		case u.Passive && (u.Lemma == "provide" || u.Lemma == "supply" || u.Lemma == "put up") && c.moneySubject(v):
			// "The cash was provided by A"
			for _, p := range c.pps(v + 1) {
				if p.prep == "by" && c.us[p.at].Kind == 'E' {
					x.returnFollower(c, v, p.at)
				}
			}
		case !u.Passive && u.Lemma == "be" && c.us[0].Kind == 'N' && roundPartyNoun(c.us[0]) && strings.HasSuffix(c.us[0].words, "s") &&
			(v == 1 || v == 3 && c.us[1].Kind == 'P' && c.us[1].Lemma == "in" && c.us[2].Kind == 'N' && roundNoun(c.us[2])):
			// "New investors are A and B", "The other backers in the round
			// are:" and a bulleted list: a plural investor noun opening the
			// clause, with nothing after it naming their company
			e := v + 1
			if c.isPunct(e, ":") {
				e++
			}
			if e < len(c.us) && c.us[e].Kind == 'E' {
				x.returnFollower(c, v, e)
			}
		}
	}
}

// roundPartyNoun reports whether noun phrase u names those who put money
// into a round: "investors", "backers", "participants" (whose plural the
// tagger may leave unlemmatised).
func roundPartyNoun(u unit) bool {
	l := strings.TrimSuffix(u.Lemma, "s")
	return l != "owner" && (investorNouns[l] || l == "participant" || l == "co-investor")
}

// moneyObject is the money noun verb v takes as object ("the investment",
// "the $120m deal", "most of the money"), or -1; a possessive company or a
// company after the noun ("in Z", "for Z", "of Z") ties it elsewhere.
func (c *clauses) moneyObject(v int) int {
	for j := v + 1; j < len(c.us) && j <= v+5; j++ {
		u := c.us[j]
		switch {
		case u.Kind == 'M' || u.Kind == 'O' && (u.tag == posAdv || u.words == "$" || u.words == "€" || u.words == "£" || u.words == "most" || u.words == "all"):
		case u.Kind == 'P' && u.Lemma == "of" && j > v+1 && c.us[j-1].Kind == 'O':
			// "most of the money"
		case u.Kind == 'E' && !c.ents[u.ent].poss && u.words != "" && u.words[0] >= '0' && u.words[0] <= '9':
			// an amount read as a name: "the $120m deal"
		case u.Kind == 'E' && j+1 < len(c.us) && c.us[j+1].Kind == 'N' && moneyNouns[c.us[j+1].Lemma] && !c.ents[u.ent].poss && strings.HasPrefix(u.words, "the "):
			// "the capital injection" read as a name and a noun
		case u.Kind == 'N' && (u.words == "the" || u.words == "a" || u.words == "an"):
			// an article split from its noun by an amount: "the $120m deal"
		case u.Kind == 'N':
			if !moneyNouns[u.Lemma] || u.Lemma == "round" && !roundNoun(u) {
				return -1
			}
			if j+2 < len(c.us) && c.us[j+1].Kind == 'P' && (c.us[j+1].Lemma == "in" || c.us[j+1].Lemma == "for" || c.us[j+1].Lemma == "of" || c.us[j+1].Lemma == "into") &&
				c.us[j+2].Kind == 'E' {
				return -1 // "the investment in Z"
			}
			return j
		default:
			return -1
		}
	}
	return -1
}

// moneySubject reports whether verb v's clause opens on the money: "The
// money came from", "The cash was provided by".
func (c *clauses) moneySubject(v int) bool {
	return v >= 1 && c.us[v-1].Kind == 'N' && moneyNouns[c.us[v-1].Lemma] && c.us[v-1].Lemma != "deal" &&
		(v == 1 || c.us[v-2].Kind == 'O' || c.us[v-2].Kind == 'P' && c.us[v-2].Lemma != "of")
}

// moneyRaisers raise money beyond rounds.go's amountRaisers, as writers
// vary the verb: "Y attracted $30 million", "Y pulled in", "picked up",
// "took in", "won $30 million of backing", "received a $30 million
// investment". Their object must be money: an amount whose noun is a
// number or money ("$30 million", not "a $30 million contract") or a
// money noun ("fresh capital", "new funding").
var moneyRaisers = map[string]bool{
	"raise": true, "secure": true, "close": true, "land": true, "bag": true, "line up": true,
	"attract": true, "pull in": true, "pick up": true, "take in": true, "rake in": true, "win": true, "receive": true,
	"obtain": true, "net": true, "collect": true, "draw": true, "get": true,
}

// openMoneyRound opens a round for the company raising money told by
// the verbs above, and for the company generic investors put money into
// ("Investors have poured $30 million into Y"), when no round was opened
// in this sentence.
func (x *extractor) openMoneyRound(c *clauses) {
	if r := x.round; r != nil && r.sent == x.sentIdx {
		return
	}
	open := func(at int) {
		if as := c.args(x, at); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
			x.round = &fundingRound{co: as[0], sent: x.sentIdx}
		}
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || v+1 >= len(c.us) {
			continue
		}
		lemma := u.Lemma
		if u.Particle != "" {
			lemma += " " + u.Particle
		} else if c.us[v+1].Kind == 'P' && (c.us[v+1].Lemma == "in" || c.us[v+1].Lemma == "up") {
			lemma += " " + c.us[v+1].Lemma
		}
		switch {
		case moneyRaisers[lemma] || moneyRaisers[u.Lemma]:
			if !c.moneyAmountAt(v) {
				continue
			}
			if subj := c.subject(v); subj >= 0 && c.us[subj].Kind == 'E' {
				open(subj)
				return
			}
		case (u.Lemma == "pour" || u.Lemma == "invest" || u.Lemma == "put" || u.Lemma == "pump" || u.Lemma == "inject") && v > 0 &&
			c.us[v-1].Kind == 'N' && investorNouns[c.us[v-1].Lemma] && strings.HasSuffix(c.us[v-1].words, "s"):
			// "Investors have poured $30 million into Y"
			for _, p := range c.pps(v + 1) {
				if (p.prep == "into" || p.prep == "in") && c.us[p.at].Kind == 'E' {
					open(p.at)
					return
				}
			}
		}
	}
}

// moneyAmountAt reports whether the object of raising verb v is money:
// an amount of money ("$30 million", "USD 12 million") or a money noun
// ("fresh capital", "a $30 million investment"), not "a $30 million
// contract".
func (c *clauses) moneyAmountAt(v int) bool {
	k := v + 1
	if k < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "in" || c.us[k].Lemma == "up") {
		k++ // "pulled in", "picked up"
	}
	for k < len(c.us) && (c.us[k].Kind == 'M' || c.us[k].Kind == 'O' && c.us[k].tag == posAdv ||
		c.us[k].Kind == 'N' && (c.us[k].words == "a" || c.us[k].words == "an" || c.us[k].words == "the")) {
		k++
	}
	if k >= len(c.us) {
		return false
	}
	if c.us[k].Kind == 'N' && moneyNouns[c.us[k].Lemma] && c.us[k].Lemma != "deal" {
		// "raised fresh capital", "attracted new funding"; a company that
		// "got an investment from A" was told one investor's money, not a
		// round others join
		return amountRaisers[c.us[v].Lemma] || c.us[v].Lemma == "attract" || c.us[v].Particle != "" || k > v+1 && c.us[v+1].Kind == 'P'
	}
	if !c.amountAt(c.skipApprox(k)) {
		return false
	}
	// the noun the amount stands in: a number word, money, or none
	for j := k; j < len(c.us) && j <= k+2; j++ {
		if c.us[j].Kind == 'N' {
			l := c.us[j].Lemma
			return l == "million" || l == "billion" || l == "trillion" || moneyNouns[l] && l != "deal" || strings.IndexFunc(l, func(r rune) bool { return r < '0' || r > '9' }) < 0
		}
		if c.us[j].Kind == 'V' || c.us[j].Kind == 'P' || c.boundary(j) {
			return true
		}
	}
	return true
}
