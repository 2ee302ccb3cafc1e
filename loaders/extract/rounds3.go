package extract

import "github.com/telcograph/telcograph/schema"

// This file reads more of the ways business news names a round's other
// investors in sentences of their own, once rounds.go has opened the round
// (helper x13r, issue 13): "B and C followed on", "B and C also
// invested", "B also wrote a cheque, alongside C", "Joining them were B
// and C". Each needs a round opened in the last two sentences; a verb
// with an object of its own ("followed the deal", "invested in Z") or a
// negation states no follower.

// famRoundMore reads followers told by an intransitive verb.
func (x *extractor) famRoundMore(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx == r.sent || x.sentIdx-r.sent > 2 {
		return
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		switch {
		case u.Lemma == "follow" && c.object(v) < 0 && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "on" &&
			(v+2 >= len(c.us) || c.us[v+2].Kind == 'O'):
			// "Existing investors B, C and D followed on."
			x.roundFollower(c, v, c.leftSubject(v))
		case u.Lemma == "invest" && c.object(v) < 0 && c.intransitiveEnd(v):
			// "B and C also invested."
			x.roundFollower(c, v, c.leftSubject(v))
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
		case u.Lemma == "join" && c.ts[u.Head].Form == formIng && v == 0 && v+2 < len(c.us) && c.us[v+1].words == "them" &&
			c.us[v+2].Kind == 'V' && c.us[v+2].Lemma == "be":
			// "Joining them were B, C and D, plus E": the leads of the
			// round the sentence before told
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
