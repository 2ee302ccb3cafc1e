package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A family is a set of trigger lemmas with the roles their arguments play.
// It is matched on the clause structure of clauses.go, so one family
// covers "A joined X", "X, which A joined", "A has since joined X as a
// founding member" and "A and B were admitted" alike.
type family struct {
	name string
	fn   func(x *extractor, c *clauses, v int)
}

// verbFamilies maps a verb lemma (with its particle) to its family.
var verbFamilies = func() map[string][]family {
	m := make(map[string][]family)
	add := func(f family, lemmas string) {
		for _, l := range strings.Split(lemmas, ",") {
			l = strings.TrimSpace(l)
			m[l] = append(m[l], f)
		}
	}
	add(family{"join", (*extractor).famJoin}, "join, rejoin, sign up, sign, admit, welcome, become, enlist, approve, accept")
	add(family{"join.reported", (*extractor).famReportedJoin}, "join, rejoin")
	add(family{"found", (*extractor).famFound}, "found, co-found, establish, form, create, set up, launch, start, unveil, spin up, incorporate, come, initiate, kick off, co-create")
	add(family{"found.relative", (*extractor).famFoundRelative}, "found, co-found, establish, form, create, set up, launch, start")
	add(family{"lead", (*extractor).famLead}, "lead, co-lead, head, spearhead, steer, chair, co-chair, helm, run")
	add(family{"invest", (*extractor).famInvest}, "invest, pump, pour, inject, plough, plow, put, back, fund, finance, count, get, receive, secure, win, land, raise, attract, buy, acquire, take, hold, own")
	add(family{"invest.light", (*extractor).famInvestLight}, "make, complete, finalise, finalize, announce, confirm, lead, co-lead, anchor")
	add(family{"invest.raised-from", (*extractor).famRaisedFrom}, "raise, secure, get, receive, land, attract, win, bag, close")
	add(family{"invest.for-stake", (*extractor).famInvestForStake}, "invest, pay, spend")
	add(family{"partner", (*extractor).famPartner}, "partner, join, team up, team, collaborate, cooperate, ally, tie up, work, forge, strike, ink, seal, enter, agree, expand, extend, deepen, renew, announce, unveil, sign, form, launch, trial, test, pilot, co-develop, develop, select, choose, pick")
	add(family{"include", (*extractor).famInclude}, "include, comprise, be, count, span, cover, range")
	add(family{"have-members", (*extractor).famHaveMembers}, "have, count, number, boast")
	add(family{"appoint", (*extractor).famAppoint}, "name, appoint, elect, promote, pick, tap, choose")
	add(family{"copula", (*extractor).famCopula}, "stay, remain, serve, stay on")
	return m
}()

// structural runs the trigger families on one sentence.
func (x *extractor) structural(s *sent, toks []token) {
	c := x.readClauses(s, toks)
	for v := range c.us {
		if c.us[v].Kind != 'V' {
			continue
		}
		for _, f := range verbFamilies[c.us[v].Lemma] {
			x.rule = f.name
			f.fn(x, c, v)
		}
		if l := c.us[v].Lemma; l == "be" || l == "become" {
			x.famCopula(c, v)
		}
	}
	x.rule = "cooperation"
	x.famInCooperation(c)
	x.famTogether(c)
	x.famBetween(c)
	x.famAgreementSigned(c)
	x.rule = "lead.helm"
	x.famHelm(c)
	x.rule = "lead.led-description"
	x.famLedDescription(c)
	x.famCityBased(c)
	x.famHeadquarters(c.s)
	x.famNationAppos(c)
	x.rule = "title.apposition"
	x.famTitle(c)
	x.rule = "found.nominal"
	x.famFormation(c)
	x.rule = "members.pending"
	x.famPending(c)
	x.famRoles(c)
	x.famBareTitle(c)
	x.famChairs(c)
	x.rule = "invest.round"
	x.famRound(c)
	x.famRoundNews(c)
	x.famControl(c)
	x.rule = "investor.apposition"
	x.famShareholder(c)
	x.famStake(c)
	x.famJointVenture(c)
	x.famVentureArgs(c)
	x.famPartnerSplit(c)
	x.famOwnership(c)
	x.rule = "members.founding-list"
	x.famFoundingList(c)
	x.rule = "members.counted"
	x.famCounted(c)
	x.rule = "members.grew"
	x.famMembershipGrew(c)
	x.rule = "members.roster-continued"
	x.famRosterContinued(c)
	x.rule = "members.batch"
	x.famBatch(c)
	x.frames(c, toks)
	x.dropDescribers(c)
}

// modText is the text a clause's modality is read from: from its subject
// (or the clause start) to the end of its verb group.
func (c *clauses) modText(subj, v int) string {
	a := subj + 1
	if subj < 0 {
		a = v
		for a > 0 && !c.boundary(a-1) && !c.isPunct(a-1, ",") && c.us[a-1].Kind != 'E' {
			a--
		}
	}
	t := c.text(a, v)
	// A later clause may take the statement back: "had considered
	// investing in Y but decided against it".
	if m := retractRE.FindString(c.text(v+1, len(c.us)-1)); m != "" {
		t += " " + m
	}
	return t
}

// retractRE finds phrases that take back what a sentence states.
var retractRE = regexp.MustCompile(`(?i)\b(?:decided against|ruled out|backed out|pulled out|walked away|abandoned|called off|scrapped)\b`)

// roleOf reads "as (founding) members" among the clause's prepositional
// phrases: the membership relation it states, and whether it was stated.
func (c *clauses) roleOf(ps []pp) (schema.Relation, bool) {
	for _, p := range ps {
		if p.prep != "as" || c.us[p.at].Kind != 'N' {
			continue
		}
		u := c.us[p.at]
		if u.Lemma == "observer" || u.hasMod("observer") || u.Lemma == "guest" {
			return "", true // an observer is no member
		}
		if u.hasMod("founding", "founder", "co-founder", "co-founding") || u.Lemma == "founder" || u.Lemma == "co-founder" {
			return schema.RelFoundingMember, true
		}
		if u.Lemma == "member" || u.Lemma == "participant" {
			return schema.RelMemberOf, true
		}
	}
	return schema.RelMemberOf, false
}

// famJoin: "A joined X", "A and B signed up as founding members", "A
// became a member of X", "Seven new members were admitted".
func (x *extractor) famJoin(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	ps := c.pps(v + 1)
	rel, asRole := c.roleOf(ps)
	if rel == "" {
		return
	}
	var alliance arg
	found := false
	obj := c.object(v)
	switch u.Lemma {
	case "join", "rejoin", "enlist":
		if obj < 0 && subj >= 0 && !u.Passive {
			obj = c.relativeObject(subj) // "X, which A joined this month"
		}
		if u.Passive {
			// "X was joined by A"
			for _, p := range ps {
				if p.prep == "by" && c.us[p.at].Kind == 'E' && subj >= 0 {
					for _, a := range c.args(x, p.at) {
						x.emitFact(c.s, rel, a, c.args(x, subj)[0], c.modText(subj, v), 0.8, schema.Fact{Since: x.dateOf(c.s)})
					}
				}
			}
			return
		}
		if subj < 0 && obj >= 0 && strings.HasSuffix(u.words, "joining are") || strings.HasSuffix(u.words, "joining is") {
			// "Also joining are A and B": the joiners follow the verb, the
			// alliance is the one under discussion.
			if alliance, found = x.sentenceAllianceArg(c); found {
				if x.lastJoin != "" && !asRole {
					rel = x.lastJoin
				}
				for _, a := range c.args(x, obj) {
					x.emitFact(c.s, rel, a, alliance, c.modText(-1, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
				}
			}
			return
		}
		if obj >= 0 {
			alliance, found = c.args(x, obj)[0], len(c.args(x, obj)) == 1
		}
	case "sign up", "sign":
		if u.Lemma == "sign" && !asRole {
			return
		}
		for _, p := range ps {
			if (p.prep == "to" || p.prep == "with" || p.prep == "for") && c.us[p.at].Kind == 'E' {
				if as := c.args(x, p.at); len(as) == 1 {
					alliance, found = as[0], true
				}
			}
		}
		if !found && asRole {
			alliance, found = x.sentenceAllianceArg(c)
		}
	case "become":
		n := v + 1
		for n < len(c.us) && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
			n++
		}
		if n >= len(c.us) || c.us[n].Kind != 'N' || (c.us[n].Lemma != "member" && c.us[n].Lemma != "founder") {
			return
		}
		if c.us[n].hasMod("founding") || c.us[n].Lemma == "founder" {
			rel = schema.RelFoundingMember
		}
		for _, p := range c.pps(n + 1) {
			if p.prep == "of" && c.us[p.at].Kind == 'E' {
				if as := c.args(x, p.at); len(as) == 1 {
					alliance, found = as[0], true
				}
			}
		}
		if !found {
			return // the existing phrasing rules handle "have since become members"
		}
	case "admit", "welcome", "approve", "accept":
		if (u.Lemma == "approve" || u.Lemma == "accept") && !asRole {
			return // "approved the budget"
		}
		if !u.Passive {
			if obj >= 0 && subj >= 0 {
				// "X admitted A and B"
				for _, a := range c.args(x, obj) {
					x.emitFact(c.s, rel, a, c.args(x, subj)[0], c.modText(subj, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
				}
			}
			return
		}
		alliance, found = x.sentenceAllianceArg(c)
		if subj < 0 {
			x.notePending(c, v, rel, alliance, found)
			// "Seven new members were admitted ..., A and B among them"
			for j := v + 1; j+1 < len(c.us); j++ {
				if c.us[j].Kind == 'E' && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "among" && found {
					for _, a := range c.args(x, j) {
						x.emitFact(c.s, rel, a, alliance, c.modText(-1, v), 0.75, schema.Fact{Since: x.dateOf(c.s)})
					}
				}
			}
			return
		}
	default:
		return
	}
	if !found {
		return
	}
	if subj < 0 {
		x.notePending(c, v, rel, alliance, true)
		return
	}
	base := 0.8
	if len(c.ents[c.us[subj].ent].ms) > 1 {
		base = 0.85
	}
	for _, a := range c.args(x, subj) {
		if x.emitFact(c.s, rel, a, alliance, c.modText(subj, v), base, schema.Fact{Since: x.dateOf(c.s)}) {
			x.lastJoin = rel
		}
	}
}

// pendingGroup is a group of new members a sentence counted without
// naming them ("Eleven organisations signed up as founding members"); the
// next sentence may name them ("They range from A and B to C").
type pendingGroup struct {
	rel      schema.Relation
	alliance arg
	sent     int
}

// notePending remembers a counted, unnamed group of members.
func (x *extractor) notePending(c *clauses, v int, rel schema.Relation, alliance arg, found bool) {
	if !found {
		return
	}
	j := v - 1
	for j >= 0 && (c.us[j].Kind == 'O' && c.us[j].tag == posAdv) {
		j--
	}
	if j < 0 || c.us[j].Kind != 'N' {
		return
	}
	n := c.us[j]
	if !groupNouns[strings.TrimSuffix(n.words[strings.LastIndex(n.words, " ")+1:], ",")] && n.Lemma != "organisation" && n.Lemma != "organization" && n.Lemma != "member" && n.Lemma != "newcomer" {
		return
	}
	x.pending = &pendingGroup{rel: rel, alliance: alliance, sent: x.sentIdx}
	x.lastJoin = rel
}

// famPending names a pending group: a sentence opening with "They",
// "Among the newcomers", "These include" right after it, whose lists of
// organisations are the group's members.
func (x *extractor) famPending(c *clauses) {
	p := x.pending
	if p == nil || p.sent == x.sentIdx {
		return
	}
	if x.sentIdx-p.sent > 1 {
		x.pending = nil
		return
	}
	first := strings.ToLower(strings.Fields(c.s.text)[0])
	if first != "they" && first != "these" && first != "among" && first != "those" {
		return
	}
	for _, e := range c.ents {
		for _, i := range e.ms {
			if k := c.s.ms[i].Kind; k == 'C' || k == 'U' || k == 'G' || k == 'V' {
				for _, a := range x.argOf(c.s, i) {
					x.emitFact(c.s, p.rel, a, p.alliance, "", 0.7, schema.Fact{})
				}
			}
		}
	}
	x.pending = nil
}

// founders are the lemmas whose subject founds what it founds; launching or
// unveiling an alliance alone does not make a single company a founder.
var founders = map[string]bool{"found": true, "co-found": true, "establish": true, "form": true, "create": true, "set up": true, "incorporate": true}

// famFound: "X was co-founded by A, B and C", "A and B set up X in 2020",
// "X was set up in February 2018", "X came into being at ...".
func (x *extractor) famFound(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	ps := c.pps(v + 1)
	if u.Lemma == "come" {
		// "X came into being"
		if subj < 0 || !strings.Contains(c.text(v, min(v+3, len(c.us)-1)), "into being") {
			return
		}
		for _, a := range c.args(x, subj) {
			if x.emitFact(c.s, schema.RelFounded, a, arg{}, c.modText(subj, v), 0.8, schema.Fact{Date: x.dateOf(c.s)}) {
				x.foundedNow = x.resolve(a, allianceTypes)
			}
		}
		return
	}
	if u.Passive {
		if subj < 0 {
			return
		}
		alli := c.args(x, subj)
		if len(alli) != 1 {
			return
		}
		mt := c.modText(subj, v)
		if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.8, schema.Fact{Date: x.dateOf(c.s)}) {
			return
		}
		x.foundedNow = x.resolve(alli[0], allianceTypes)
		for _, p := range ps {
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				by := c.args(x, p.at)
				// "X was launched at MWC 2023 by A, B and C": launching
				// makes founders of several, not of one ("launched by
				// its chairman").
				if !founders[u.Lemma] && len(by) < 2 {
					continue
				}
				for _, a := range by {
					x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.8, schema.Fact{})
				}
			}
		}
		return
	}
	if v == 0 && strings.HasSuffix(u.words, "ed") {
		x.frontedFound(c, v, ps)
		return
	}
	obj := c.object(v)
	if obj < 0 {
		return
	}
	alli := c.args(x, obj)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return
	}
	mt := c.modText(subj, v)
	if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
		return
	}
	x.foundedNow = x.resolve(alli[0], allianceTypes)
	if subj < 0 {
		return
	}
	subjArgs := c.args(x, subj)
	var with []arg
	for _, p := range ps {
		if p.prep == "with" && c.us[p.at].Kind == 'E' {
			with = append(with, c.args(x, p.at)...)
		}
	}
	if !founders[u.Lemma] && len(subjArgs)+len(with) < 2 {
		return
	}
	for _, a := range append(subjArgs, with...) {
		x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.75, schema.Fact{})
	}
}

// frontedFound: "Co-founded by A and B in 2016, X now has 60 members": a
// participle opening the sentence describes the subject after the comma.
func (x *extractor) frontedFound(c *clauses, v int, ps []pp) {
	k := v + 1
	for k < len(c.us) && !c.isPunct(k, ",") && !c.boundary(k) {
		k++
	}
	if !c.isPunct(k, ",") {
		return
	}
	k++
	for k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	if k >= len(c.us) || c.us[k].Kind != 'E' {
		return
	}
	alli := c.args(x, k)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return
	}
	mt := c.text(0, v)
	if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
		return
	}
	x.foundedNow = x.resolve(alli[0], allianceTypes)
	for _, p := range ps {
		if p.prep != "by" || c.us[p.at].Kind != 'E' || p.at > k {
			continue
		}
		by := c.args(x, p.at)
		if !founders[c.us[v].Lemma] && len(by) < 2 {
			continue
		}
		for _, a := range by {
			x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.75, schema.Fact{})
		}
	}
}

// famFormation: "announced the formation of X with A, B and C", "the
// launch of X".
func (x *extractor) famFormation(c *clauses) {
	for j, u := range c.us {
		if u.Kind != 'N' || (u.Lemma != "formation" && u.Lemma != "launch" && u.Lemma != "creation" && u.Lemma != "establishment" && u.Lemma != "founding") {
			continue
		}
		k := j + 2
		if j > 0 && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss && u.words == u.Lemma && !(j+1 < len(c.us) && c.us[j+1].Kind == 'P' && c.us[j+1].Lemma == "of") {
			// "since the Radio Forum's creation in 2018"
			k = j - 1
		} else {
			if j+2 >= len(c.us) || c.us[j+1].Kind != 'P' || c.us[j+1].Lemma != "of" {
				continue
			}
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			if k >= len(c.us) || c.us[k].Kind != 'E' {
				continue
			}
		}
		alli := c.args(x, k)
		if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
			continue
		}
		mt := c.text(0, j)
		if !x.emitFact(c.s, schema.RelFounded, alli[0], arg{}, mt, 0.75, schema.Fact{Date: x.dateOf(c.s)}) {
			continue
		}
		x.foundedNow = x.resolve(alli[0], allianceTypes)
		for _, p := range c.pps(k + 1) {
			if p.prep == "with" && c.us[p.at].Kind == 'E' {
				founders := c.args(x, p.at)
				// "A announced the formation of X with B": A founded it too.
				for v := j - 1; v >= 0; v-- {
					if c.us[v].Kind == 'V' {
						if subj := c.subject(v); subj >= 0 {
							founders = append(c.args(x, subj), founders...)
						}
						break
					}
				}
				for _, a := range founders {
					x.emitFact(c.s, schema.RelFoundingMember, a, alli[0], mt, 0.7, schema.Fact{})
				}
			}
		}
	}
}

// famLead: "A and B are leading X", "X, which is led by A", "Led by A, the
// new alliance ...", "he now chairs X".
func (x *extractor) famLead(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	ps := c.pps(v + 1)
	chair := u.Lemma == "chair" || u.Lemma == "co-chair"
	fronted := v == 0 || (v == 1 && c.us[0].Kind == 'O')
	if !u.Passive && !fronted && (c.ts[u.Head].Form == formPast || c.ts[u.Head].Form == formPart) && v >= 3 &&
		c.us[v-1].Kind == 'N' && c.isPunct(v-2, ",") && c.us[v-3].Kind == 'E' && len(ps) > 0 && ps[0].prep == "by" && c.us[v+1].Kind == 'P' {
		// "Perplexity, the answer engine run by chief executive P": a
		// reduced relative clause on an apposition.
		u.Passive, subj = true, v-3
	}
	if fronted && !u.Passive && c.ts[u.Head].Form == formPast {
		// "Led by A, the new alliance ...": the agent is in the by-phrase,
		// the led is the subject of the main clause.
		var leaders []arg
		for _, p := range ps {
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				leaders = c.args(x, p.at)
				break
			}
		}
		if leaders == nil {
			return
		}
		for j := v + 1; j < len(c.us); j++ {
			if !c.isPunct(j, ",") {
				continue
			}
			k := j + 1
			for k < len(c.us) && c.us[k].Kind == 'M' {
				k++
			}
			var led arg
			ok := false
			if k < len(c.us) && c.us[k].Kind == 'E' {
				if as := c.args(x, k); len(as) == 1 {
					led, ok = as[0], true
				}
			}
			if !ok {
				continue
			}
			for _, l := range leaders {
				if chair {
					x.emitFact(c.s, schema.RelChairmanOf, l, led, "", 0.75, schema.Fact{})
				} else {
					x.emitFact(c.s, schema.RelLedBy, led, l, "", 0.75, schema.Fact{})
				}
			}
			return
		}
		return
	}
	if u.Passive {
		led := c.args(x, subj)
		if subj < 0 {
			led = x.impliedLed(c, v)
		}
		if led == nil {
			return
		}
		for _, p := range ps {
			if p.prep != "by" || c.us[p.at].Kind != 'E' {
				continue
			}
			if c.isPerson(x, p.at) {
				// "run by executive chairman P", "chaired by P"
				title := ""
				if p.at > 0 && c.us[p.at-1].Kind == 'M' {
					title = c.us[p.at-1].words
				}
				rels, _ := titleRels(title)
				if chair {
					rels = []schema.Relation{schema.RelChairmanOf}
				}
				for _, rel := range rels {
					for _, o := range led {
						x.emitFact(c.s, rel, c.args(x, p.at)[0], o, c.modText(subj, v), 0.8, schema.Fact{})
					}
				}
				return
			}
			if x.roundLed {
				x.roundLed = false
				for _, o := range led {
					for _, l := range c.args(x, p.at) {
						x.emitFact(c.s, schema.RelInvestedIn, l, o, c.modText(subj, v), 0.75, schema.Fact{})
					}
				}
				return
			}
			for _, led := range led {
				for _, l := range c.args(x, p.at) {
					if chair {
						x.emitFact(c.s, schema.RelChairmanOf, l, led, c.modText(subj, v), 0.8, schema.Fact{})
					} else {
						x.emitFact(c.s, schema.RelLedBy, led, l, c.modText(subj, v), 0.8, schema.Fact{})
					}
				}
			}
			return
		}
		return
	}
	obj := c.object(v)
	if subj < 0 || obj < 0 {
		return
	}
	for _, l := range c.args(x, subj) {
		for _, led := range c.args(x, obj) {
			if chair {
				x.emitFact(c.s, schema.RelChairmanOf, l, led, c.modText(subj, v), 0.8, schema.Fact{})
			} else {
				x.emitFact(c.s, schema.RelLedBy, led, l, c.modText(subj, v), 0.8, schema.Fact{})
			}
		}
	}
}

// famHelm: "With A and B at the helm, ... launched X".
func (x *extractor) famHelm(c *clauses) {
	for j := 0; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "with" || c.us[j+1].Kind != 'E' {
			continue
		}
		if c.us[j+2].Kind != 'P' || c.us[j+2].Lemma != "at" || !strings.HasSuffix(c.us[j+3].words, "helm") {
			continue
		}
		var alliance arg
		ok := false
		for k := j + 4; k < len(c.us); k++ {
			if c.us[k].Kind == 'E' {
				if as := c.args(x, k); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
					alliance, ok = as[0], true
					break
				}
			}
		}
		if !ok {
			return
		}
		for _, l := range c.args(x, j+1) {
			x.emitFact(c.s, schema.RelLedBy, alliance, l, "", 0.75, schema.Fact{})
		}
		return
	}
}

// impliedLed is what a passive "led by" or "chaired by" clause without an
// entity subject is about: "The board is chaired by P" (the company or
// alliance under discussion), "its seed round, which was led by A" (the
// company whose round it is; roundLed is set so the agents become
// investors).
func (x *extractor) impliedLed(c *clauses, v int) []arg {
	j := v - 1
	if c.relative(j) {
		j--
		if c.isPunct(j, ",") {
			j--
		}
	}
	if j < 0 || c.us[j].Kind != 'N' {
		return nil
	}
	switch {
	case c.us[j].Lemma == "board":
		if x.curAlli != "" && x.sentIdx-x.lastSeen[x.curAlli] <= 3 {
			return []arg{{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}}
		}
		if t := x.topicCompany(); t != "" {
			return []arg{{slug: t, text: "(" + x.nameOf(t) + ")"}}
		}
	case investNouns[c.us[j].Lemma]:
		// the investee: the subject of the sentence's first clause
		for k := range c.us {
			if c.us[k].Kind == 'V' {
				if s := c.subject(k); s >= 0 {
					x.roundLed = true
					return c.args(x, s)
				}
				break
			}
		}
	}
	return nil
}

// describerNouns make the entity before them a mere description of the
// one after: "University of Tokyo spin-off ELYZA", "Singtel unit Nxera".
var describerNouns = map[string]bool{
	"spin-off": true, "spinoff": true, "unit": true, "subsidiary": true, "arm": true, "affiliate": true, "division": true,
}

// dropDescribers withdraws the facts this sentence stated about an entity
// that only describes another ("a stake in University of Tokyo spin-off
// ELYZA" is no stake in the university).
func (x *extractor) dropDescribers(c *clauses) {
	drop := x.slugsWhere(c, func(j int) bool {
		return j+2 < len(c.us) && c.us[j].Kind == 'E' && c.us[j+1].Kind == 'M' && c.us[j+2].Kind == 'E' && describerNouns[c.us[j+1].Lemma]
	})
	x.withdraw(c, func(f extracted) bool {
		return f.Relation != schema.RelHeadquarteredIn && (slices.Contains(drop, f.Subject.ID) || slices.Contains(drop, f.Object.ID))
	})
}

// slugsWhere lists the slugs of the entities at the units j of c for which
// at holds.
func (x *extractor) slugsWhere(c *clauses, at func(j int) bool) []string {
	var out []string
	for j := range c.us {
		if !at(j) {
			continue
		}
		for _, a := range c.args(x, j) {
			if a.slug != "" {
				out = append(out, a.slug)
			}
		}
	}
	return out
}

// withdraw drops the facts this sentence stated for which drop holds.
func (x *extractor) withdraw(c *clauses, drop func(extracted) bool) {
	kept := x.facts[:0]
	for _, f := range x.facts {
		if f.Evidence == c.s.text && drop(f) {
			continue
		}
		kept = append(kept, f)
	}
	x.facts = kept
}

// famCounted: a counted group of members the sentence does not name ("the
// new alliance starts with 15 founding members drawn from industry")
// waits for the next sentence to name them.
func (x *extractor) famCounted(c *clauses) {
	if x.pending != nil && x.pending.sent == x.sentIdx {
		return
	}
	for j, u := range c.us {
		if u.Kind != 'N' || u.Lemma != "member" {
			continue
		}
		counted := false
		for _, w := range strings.Fields(u.words) {
			if numberWords[w] > 0 || (w[0] >= '0' && w[0] <= '9') {
				counted = true
			}
		}
		if !counted || c.afterColon(j) >= 0 {
			continue
		}
		alliance, ok := x.sentenceAllianceArg(c)
		if !ok {
			return
		}
		rel := schema.RelMemberOf
		if u.hasMod("founding") {
			rel = schema.RelFoundingMember
		}
		x.pending = &pendingGroup{rel: rel, alliance: alliance, sent: x.sentIdx}
		return
	}
}

// famLedDescription: "The SK Telecom-led alliance has invited ...": a
// described alliance led by the entity before "-led".
func (x *extractor) famLedDescription(c *clauses) {
	for j := 0; j+1 < len(c.us); j++ {
		n := c.us[j+1]
		if c.us[j].Kind != 'E' || n.Kind != 'N' || !strings.HasPrefix(n.words, "-led ") && !strings.HasPrefix(n.words, "-backed ") {
			continue
		}
		if !allianceNouns[n.Lemma] || !strings.HasPrefix(n.words, "-led ") {
			continue
		}
		if x.curAlli == "" || x.sentIdx-x.lastSeen[x.curAlli] > 5 {
			continue
		}
		alli := arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}
		for _, a := range c.args(x, j) {
			x.emitFact(c.s, schema.RelLedBy, alli, a, c.text(0, j+1), 0.75, schema.Fact{})
		}
	}
}

// famHaveMembers: "it had ten operator members - A, B, C and D", "the
// alliance counts 12 members: A, B ...": the list after the counted noun.
func (x *extractor) famHaveMembers(c *clauses, v int) {
	n := v + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
		n++
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "member" && c.us[n].Lemma != "founder" {
		return
	}
	list := c.afterColon(n)
	if list < 0 {
		return
	}
	var alliance arg
	found := false
	if subj := c.subject(v); subj >= 0 {
		if as := c.args(x, subj); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
			alliance, found = as[0], true
		}
	}
	if !found {
		alliance, found = x.sentenceAllianceArg(c)
	}
	if !found {
		return
	}
	rel := schema.RelMemberOf
	if c.us[n].hasMod("founding") || c.us[n].Lemma == "founder" {
		rel = schema.RelFoundingMember
	}
	for _, a := range c.args(x, list) {
		x.emitFact(c.s, rel, a, alliance, c.modText(c.subject(v), v), 0.75, schema.Fact{})
	}
}

// cities are the places news names companies after ("Tokyo-based"), with
// their countries.
var cities = map[string]string{
	"tokyo": "JP", "osaka": "JP", "seoul": "KR", "pangyo": "KR", "beijing": "CN", "shanghai": "CN", "shenzhen": "CN",
	"hangzhou": "CN", "paris": "FR", "berlin": "DE", "bonn": "DE", "munich": "DE", "frankfurt": "DE", "london": "GB",
	"cambridge": "GB", "madrid": "ES", "barcelona": "ES", "riyadh": "SA", "abu dhabi": "AE", "dubai": "AE", "doha": "QA",
	"jakarta": "ID", "mumbai": "IN", "new delhi": "IN", "delhi": "IN", "bangalore": "IN", "bengaluru": "IN",
	"nairobi": "KE", "johannesburg": "ZA", "stockholm": "SE", "espoo": "FI", "helsinki": "FI", "oslo": "NO",
	"copenhagen": "DK", "amsterdam": "NL", "zurich": "CH", "new york": "US", "san francisco": "US",
	"santa clara": "US", "seattle": "US", "redmond": "US", "palo alto": "US", "mountain view": "US", "austin": "US",
	"boston": "US", "toronto": "CA", "montreal": "CA", "sydney": "AU", "melbourne": "AU", "taipei": "TW",
	"kuala lumpur": "MY", "bangkok": "TH", "hanoi": "VN", "manila": "PH", "tel aviv": "IL", "istanbul": "TR",
	"cairo": "EG", "lagos": "NG", "sao paulo": "BR", "mexico city": "MX", "dublin": "IE", "milan": "IT",
	"rome": "IT", "lisbon": "PT", "brussels": "BE", "vienna": "AT", "warsaw": "PL",
}

// famCityBased: "Tokyo-based Sakana AI", "the Abu Dhabi-headquartered
// fund MGX": the city gives the country.
func (x *extractor) famCityBased(c *clauses) {
	for j := 0; j+1 < len(c.us); j++ {
		if c.us[j].Kind != 'M' || c.us[j+1].Kind != 'E' {
			continue
		}
		w := c.us[j].words
		var city string
		for _, suf := range []string{"-based", "-headquartered"} {
			if i := strings.Index(w, suf); i > 0 {
				city = w[:i]
			}
		}
		for _, d := range []string{"the ", "a ", "an "} {
			city = strings.TrimPrefix(city, d)
		}
		country, ok := cities[city]
		if !ok {
			continue
		}
		x.rule = "nationality.city"
		for _, a := range c.args(x, j+1) {
			x.emitFact(c.s, schema.RelHeadquarteredIn, a, arg{slug: country, text: c.s.text[c.us[j].Start:c.us[j].End]}, "", 0.75, schema.Fact{})
		}
	}
}
