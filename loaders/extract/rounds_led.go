package extract

// This file reads more ways a round's backers are told once the round is
// open (helper x13i9, issue 13): a lead with no object ("AppsFlyer raised
// $210 million in a Series D: General Atlantic led, and was joined by A, B
// and C"), and a backer confirmed, named or listed as an investor with no
// company after the noun ("Nvidia was confirmed as an investor", "D is
// also an investor").

// famRoundLedJoined: "A led, and was joined by B and C"; "A led; B
// followed" is rounds3.go's.
func (x *extractor) famRoundLedJoined(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || (u.Lemma != "lead" && u.Lemma != "co-lead") || c.ts[u.Head].Form == formIng || c.ts[u.Head].Form == formPart {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || !c.intransitiveEnd(v) {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		x.returnFollower(c, v, subj) // rounds_return.go
		// ", and was joined by B and C": the lead's coordinated passive
		for k := v + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
			if w := c.us[k]; w.Kind == 'V' {
				if w.Lemma == "join" && w.Passive && !w.Neg {
					for _, p := range c.pps(k + 1) {
						if p.prep == "by" && c.us[p.at].Kind == 'E' {
							x.returnFollower(c, k, p.at)
						}
					}
				}
				break
			}
		}
	}
}

// confirmVerbs name their subject as something: "was confirmed as an
// investor", "is listed as a backer".
var confirmVerbs = map[string]bool{"confirm": true, "name": true, "list": true, "reveal": true, "identify": true, "disclose": true}

// famConfirmedInvestor: "Nvidia was confirmed as an investor", "D is also
// an investor": an indefinite investor noun with no company after it adds
// its subject to the round under discussion.
func (x *extractor) famConfirmedInvestor(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach || r.sent == x.sentIdx && !r.kept && !r.focus {
		return // a round kept open by this sentence's followers was opened before it (helper z18inv)
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg {
			continue
		}
		n := -1
		switch {
		case confirmVerbs[u.Lemma] && u.Passive && v+2 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "as":
			n = v + 2
		case u.Lemma == "be" && !u.Passive && v+1 < len(c.us):
			n = v + 1
			for n+1 < len(c.us) && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
				n++ // "is also an investor"
			}
		default:
			continue
		}
		if c.us[n].Kind != 'N' || !investorNouns[c.us[n].Lemma] || c.us[n].Lemma == "owner" {
			continue
		}
		if w := c.us[n].words; !(len(w) > 3 && (w[:3] == "an " || w[:2] == "a ")) {
			continue // "the largest shareholder" is invest_implicit.go's
		}
		if !c.intransitiveEnd(n) {
			continue // "an investor in Y", "an investor since 2021 in Y"
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		x.returnFollower(c, v, c.subject(v))
	}
}
