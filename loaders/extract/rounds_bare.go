package extract

import "github.com/telcograph/telcograph/schema"

// This file reads backers told in a sentence that leaves the round's
// company to the reader (helper x14inv, issue 13, on the drill
// testdata/drills/invest4): the round under discussion, opened by
// rounds.go within roundReach sentences, is what they invested in.
//   - "B and C joined", "B joined too", "B joined in": join with no
//     object (an object is a membership or another round: "joined the
//     GSMA", "joined the round" is rounds.go's);
//   - "A led it", "B and C joined it": the pronoun stands for the round
//     just told (rounds_led.go reads "A led." with no object);
//   - "Led by A and B, the round is one of the largest": a fronted
//     participle whose subject is a round noun;
//   - "B came in alongside returning backers C and D", "B joined
//     alongside C": the companies "alongside" a follower are followers too.
// A headline's "Y's $41 million raise" opens Y's round too.
// A negation, a passive, a modal or reported verb ("is expected to join")
// and the round's own company state nothing; a plain "and so did D" after
// a follower is asDid's (rounds.go).

// famRoundBare reads the followers above.
func (x *extractor) famRoundBare(c *clauses) {
	x.openPossRaise(c)
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	defer x.keepRound(c.s)
	x.frontedLedRound(c)
	for v, u := range c.us {
		if !c.assertedFinite(v) {
			continue
		}
		switch {
		case u.Lemma == "join" && v+1 < len(c.us) && (c.us[v+1].words == "it" || c.us[v+1].words == "them") && c.intransitiveEnd(v+1):
			// "Accel led it, and B and C joined it": the pronoun is the
			// round, as after "led" (helper z20inv), or "joined them" its
			// leads (helper z26inv), unless a group was
			// named since the round opened ("... launched an alliance;
			// B joined it")
			if !x.groupSince(r.sent) {
				x.returnFollower(c, v, c.leftSubject(v))
			}
		case u.Lemma == "join" && c.object(v) < 0:
			end := v
			if v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in" {
				end = v + 1 // "joined in"
			}
			if !c.intransitiveEnd(end) && !c.alongsideNext(end) {
				continue
			}
			x.returnFollower(c, v, c.leftSubject(v))
			x.alongsideFollowers(c, v)
		case (u.Lemma == "lead" || u.Lemma == "co-lead") && v+1 < len(c.us) && c.us[v+1].words == "it" && c.intransitiveEnd(v+1):
			// "Orange Ventures led it."
			x.returnFollower(c, v, c.subject(v))
		case u.Lemma == "come in" || u.Lemma == "come" && v+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "in":
			// the subject is famRoundNews'; the companies alongside it are
			// this family's
			if subj := c.leftSubject(v); subj >= 0 && c.us[subj].Kind == 'E' {
				x.alongsideFollowers(c, v)
			}
		}
	}
}

// assertedFinite reports whether unit v is a finite active verb that
// asserts: no negation, passive, participle, modal or reported verb.
func (c *clauses) assertedFinite(v int) bool {
	u := c.us[v]
	if u.Kind != 'V' || u.Neg || u.Passive || c.ts[u.Head].Form == formIng || c.ts[u.Head].Form == formPart {
		return false
	}
	mod, drop := modalityOf(c.text(max(v-3, 0), v))
	return !drop && mod == ""
}

// alongsideNext reports whether the unit after end opens "alongside":
// "joined alongside C".
func (c *clauses) alongsideNext(end int) bool {
	k := end + 1
	return k < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "alongside"
}

// alongsideFollowers states the companies "alongside" follower verb v as
// investors in the round under discussion too.
func (x *extractor) alongsideFollowers(c *clauses, v int) {
	r := x.round
	co := x.resolve(r.co, companyTypes)
	x.rule = "invest.round-return"
	for _, a := range c.coInvestors(x, v) {
		if x.resolve(a, orgTypesAll) == co {
			continue
		}
		x.emitFact(c.s, schema.RelInvestedIn, a, r.co, "", 0.65, schema.Fact{})
	}
}

// frontedLedRound: "Led by A and B, the round is one of the largest this
// year", "Co-led by A, the Series B values Y at $1 billion". The
// participle opens the sentence and its subject, after the comma, is a
// round noun: the round under discussion.
func (x *extractor) frontedLedRound(c *clauses) {
	if len(c.us) < 5 {
		return
	}
	u := c.us[0]
	if u.Kind != 'V' || u.Neg || (u.Lemma != "lead" && u.Lemma != "co-lead") || c.ts[u.Head].Form != formPart && c.ts[u.Head].Form != formPast ||
		c.us[1].Kind != 'P' || c.us[1].Lemma != "by" || c.us[2].Kind != 'E' {
		return
	}
	k := 3
	for k < len(c.us) && !c.isPunct(k, ",") && !c.boundary(k) {
		k++ // the by-list, descriptors and all
	}
	if k+1 >= len(c.us) || !c.isPunct(k, ",") || !roundNoun(c.us[k+1]) {
		return
	}
	for e := 2; e < k; e++ {
		if c.us[e].Kind == 'E' && (e == 2 || c.isPunct(e-1, "and") || c.isPunct(e-1, ",")) {
			x.returnFollower(c, 0, e)
		}
	}
}

// rAmtCode is an amount written with an ISO currency code, as regional
// and non-native news writes it ("USD 12 million", "EUR 25 million",
// "SGD 40m"); relations.go's rAmt takes it among its shapes so that a
// company that "is announcing new funding of USD 12 million" opens a round.
const rAmtCode = `(?:USD|EUR|GBP|JPY|CNY|RMB|INR|KRW|SGD|AED|SAR|QAR|CHF|SEK|NOK|DKK|AUD|CAD|HKD|BRL|IDR|MYR|THB|VND|PHP|NGN|ZAR|EGP|TRY) ?\d[\d,.]*(?: ?(?:billion|million|trillion|bn|mn)\b|[mbk]\b)?`

// openPossRaise opens the round of a headline's "Y's $41 million raise",
// whose "raise" the tagger reads as a verb after the amount (rounds.go
// takes the noun only).
func (x *extractor) openPossRaise(c *clauses) {
	if r := x.round; r != nil && r.sent == x.sentIdx {
		return
	}
	for j := 3; j < len(c.us); j++ {
		if u := c.us[j]; u.Kind != 'V' || u.Lemma != "raise" || u.words != "raise" {
			continue
		}
		if p := j - 3; c.us[j-1].Kind == 'N' && c.isPunct(j-2, "$") && c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss && c.amountAt(j-2) {
			if as := c.args(x, p); len(as) == 1 && x.resolve(as[0], companyTypes) != "" {
				x.round = &fundingRound{co: as[0], sent: x.sentIdx}
				return
			}
		}
	}
}

// groupSince reports whether an alliance or a joint venture was named in
// sentence from or after it: what "it" then stands for is open.
func (x *extractor) groupSince(from int) bool {
	for slug, at := range x.lastSeen {
		if t := x.typeOf(slug); at >= from && (t == schema.TypeAlliance || t == schema.TypeJointVenture) {
			return true
		}
	}
	return false
}
