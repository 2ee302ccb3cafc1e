package extract

import "github.com/telcograph/telcograph/schema"

// This file reads more of the ways business news names a round's other
// investors in sentences of their own, once rounds.go has opened the round
// (helper x13r, issue 13): "B and C followed on", "B and C also
// invested", "B also wrote a cheque, alongside C", "Joining them were B
// and C". Each needs a round opened in the last two sentences, or before
// a semicolon of the same sentence ("Its seed round was led by A; B and C
// also wrote cheques", helper z23inv); a verb
// with an object of its own ("followed the deal", "invested in Z") or a
// negation states no follower.

// famRoundMore reads followers told by an intransitive verb.
func (x *extractor) famRoundMore(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	same := x.sentIdx == r.sent
	defer x.keepRound(c.s) // the followers read here keep the round open too
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		if same && !c.afterSemicolon(v) && !(r.focus && v == 0 && u.Lemma == "join") { // rounds_joining.go
			continue // the round's own sentence: only a clause of its own after ";"
		}
		switch {
		case u.Lemma == "follow" && c.object(v) < 0 && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "on" &&
			(v+2 >= len(c.us) || c.us[v+2].Kind == 'O'):
			// "Existing investors B, C and D followed on."
			x.roundFollower(c, v, c.leftSubject(v))
		case u.Lemma == "invest" && c.object(v) < 0 && c.intransitiveEnd(v) && !(v > 0 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to"):
			// "B and C also invested."; an infinitive ("prefers to invest
			// directly", "wants to invest") tells a habit or a wish, no
			// share of the round (helper z18inv)
			x.roundFollower(c, v, c.leftSubject(v))
			if e := c.asDid(v); e >= 0 {
				x.roundFollower(c, v, e) // "B invested again, as did the state-run C" (round 34)
			}
		case (u.Lemma == "pay" || u.Lemma == "commit" || u.Lemma == "contribute" || u.Lemma == "put in") && c.amountAt(c.skipApprox(v+1)):
			// "B will pay about 11 billion yuan, C about 7 billion yuan and
			// D about 5 billion yuan" for the shares of the round's company
			if c.forPart(v) || c.paidForOther(v) || c.namesRecipient(v) {
				continue // "paying $X for 20% of Y" (invest_percent.go), "paid $20 billion for a licence", "committed $10 million to Z"
			}
			subj := c.leftSubject(v)
			x.roundFollower(c, v, subj)
			if subj < 0 {
				continue
			}
			mod := c.modText(subj, v)
			for k := v + 2; k+1 < len(c.us) && !c.boundary(k); k++ {
				if (c.isPunct(k-1, ",") || c.isPunct(k-1, "and")) && c.us[k].Kind != 'V' {
					e := c.skipDescriptors(k)
					if e+1 < len(c.us) && c.us[e].Kind == 'E' && c.amountAt(c.skipApprox(e+1)) {
						// a gapped payer takes the first one's verb and modality
						x.rule = "invest.round-follower"
						for _, a := range c.args(x, e) {
							x.emitFact(c.s, schema.RelInvestedIn, a, r.co, mod, 0.7, schema.Fact{})
						}
					}
				}
			}
		case u.Lemma == "be" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && (c.us[v+1].Lemma == "buyer" || investorNouns[c.us[v+1].Lemma]) &&
			holderWords(c.us[v+1].words) && (c.boundary(v+2) || c.isPunct(v+2, ",")):
			// "China Life is the largest single buyer, putting in ..."
			x.roundFollower(c, v, c.subject(v))
		case u.Lemma == "make" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && c.us[v+1].Lemma == "investment" && !hasAnyWord(c.us[v+1].words, []string{"no", "other", "own", "further", "future"}) &&
			(c.boundary(v+2) || c.isPunct(v+2, ",")):
			// "B, C and D made significant investments" (round 41, dev26)
			x.roundFollower(c, v, c.leftSubject(v))
		case u.Lemma == "put" && v+2 < len(c.us) && c.us[v+1].words == "in" && c.us[v+2].words == "more" && (c.boundary(v+3) || c.isPunct(v+3, ",")):
			// "while E and F, all existing backers, put in more" (round 41)
			subj := c.leftSubject(v)
			if subj < 0 && v >= 4 && c.isPunct(v-1, ",") && c.us[v-2].Kind == 'N' && c.isPunct(v-3, ",") && c.us[v-4].Kind == 'E' {
				subj = v - 4 // across the subject's apposition
			}
			x.roundFollower(c, v, subj)
		case u.Lemma == "write" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && (c.us[v+1].Lemma == "cheque" || c.us[v+1].Lemma == "check"):
			// "B also wrote a cheque, alongside C"
			subj := c.leftSubject(v)
			x.roundFollower(c, v, subj)
			if subj >= 0 {
				for _, a := range c.coInvestors(x, v) {
					x.rule = "invest.round-follower"
					x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.modText(subj, v), 0.7, schema.Fact{})
				}
			}
		case u.Lemma == "join" && c.ts[u.Head].Form == formIng && v == 0 && v+2 < len(c.us) && joinedRoundOrLeads(c, v+1) &&
			c.us[v+2].Kind == 'V' && c.us[v+2].Lemma == "be":
			// "Joining them were B, C and D, plus E": the leads of the
			// round the sentence before told; "Joining the round were B
			// and C" (rounds_joining.go)
			for e := v + 3; e < len(c.us) && !c.boundary(e); e++ {
				if c.us[e].Kind == 'V' || c.relative(e) {
					break
				}
				if c.us[e].Kind == 'E' && (e == v+3 || c.isPunct(e-1, "plus") || c.isPunct(e-1, "and") && c.isPunct(e-2, ",")) {
					x.roundFollower(c, v, e)
				}
			}
		}
	}
}

// intransitiveEnd reports whether verb v ends its clause, but for adverbs
// and time words: "also invested.", "invested too", "invested as well".
func (c *clauses) intransitiveEnd(v int) bool {
	for j := v + 1; j < len(c.us); j++ {
		u := c.us[j]
		switch {
		case c.boundary(j) || c.isPunct(j, ","):
			return true
		case u.Kind == 'O' && (u.tag == posAdv || u.words == "too"):
		case u.Kind == 'P' && u.Lemma == "as" && j+1 < len(c.us) && c.us[j+1].words == "well":
			j++
		default:
			return false
		}
	}
	return true
}

// amountAt reports whether unit k opens an amount of money: "$40
// million", "11 billion yuan".
func (c *clauses) amountAt(k int) bool {
	return k < len(c.us) && amountRE.MatchString(c.text(k, min(k+1, len(c.us)-1)))
}

// forPart reports whether verb v pays for a part of a company ("paying
// $X for 20% of Y").
func (c *clauses) forPart(v int) bool {
	for _, p := range c.pps(v + 1) {
		if p.prep == "for" && c.us[p.at].Kind == 'N' && c.partOf(p.at) >= 0 {
			return true
		}
	}
	return false
}

// paidForOther reports whether verb v pays for something other than a
// company's shares: "paid about $20 billion for a licence".
func (c *clauses) paidForOther(v int) bool {
	for _, p := range c.pps(v + 1) {
		if p.prep == "for" {
			return !(c.us[p.at].Kind == 'N' && (c.us[p.at].Lemma == "share" || c.us[p.at].Lemma == "stake"))
		}
	}
	return false
}

// namesRecipient says whether the clause of verb v names who gets the
// money ("committed $10 million to Perplexity", "put $5 million into Z"):
// an investment of its own, not a share of the round under discussion.
func (c *clauses) namesRecipient(v int) bool {
	for _, p := range c.pps(v + 1) {
		if (p.prep == "to" || p.prep == "into" || p.prep == "in") && c.us[p.at].Kind == 'E' {
			return true
		}
	}
	return false
}
