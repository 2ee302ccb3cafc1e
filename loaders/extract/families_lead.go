package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The lead family: leading and chairing verbs, "at the helm", implied
// leaders of passive clauses and "-led" descriptions.

// famLead: "A and B are leading X", "X, which is led by A", "Led by A, the
// new alliance ...", "he now chairs X".
func (x *extractor) famLead(c *clauses, v int) {
	u := c.us[v]
	subj := c.subject(v)
	ps := c.pps(v + 1)
	chair := u.Lemma == "chair" || u.Lemma == "co-chair"
	fronted := v == 0 || (v == 1 && c.us[0].Kind == 'O')
	groupOnly := u.Lemma == "drive" || u.Lemma == "front" // lead_driving_force.go
	if groupOnly && !u.Passive && (!x.objectIsGroup(c, v) || c.ts[u.Head].Form == formPast) {
		// "AI drives demand": only a group driven or fronted names a
		// leader; "the carriers that drove the alliance from the start"
		// tells who set it going, not who leads it (ventures3, v3-03).
		return
	}
	if !u.Passive && !fronted && (c.ts[u.Head].Form == formPast || c.ts[u.Head].Form == formPart) && v >= 3 &&
		c.us[v-1].Kind == 'N' && c.isPunct(v-2, ",") && c.us[v-3].Kind == 'E' && len(ps) > 0 && ps[0].prep == "by" && c.us[v+1].Kind == 'P' {
		// "Perplexity, the answer engine run by chief executive P": a
		// reduced relative clause on an apposition.
		u.Passive, subj = true, v-3
	}
	if !u.Passive && !fronted {
		if e, ok := x.apposDescLed(c, v, ps); ok {
			u.Passive, subj = true, e // "X, a US AI project led by A" (lead_appos_desc.go)
		}
	}
	reduced := false
	if !u.Passive && !fronted && x.reducedLedBy(c, v, ps) {
		// "The AI-RAN Alliance, headed by A and B, is ..." (lead_company.go)
		u.Passive, subj, reduced = true, v-2, true
	} else if !u.Passive && !fronted && x.reducedDescLed(c, v, ps) {
		u.Passive, subj = true, -1 // "The initiative, spearheaded by A, is ..." (lead_described_led.go)
	}
	if fronted && !u.Passive && c.ts[u.Head].Form == formPast {
		// "Led by A, the new alliance ...": the agent is in the by-phrase,
		// the led is the subject of the main clause.
		var leaders []arg
		leaderAt := -1
		for _, p := range ps {
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				leaders, leaderAt = c.args(x, p.at), p.at
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
			ok, described := false, false
			if k < len(c.us) && c.us[k].Kind == 'E' {
				if as := c.args(x, k); len(as) == 1 {
					led, ok = as[0], true
				}
			} else if !x.hasPersonAgent(c, leaderAt) {
				led, ok = x.frontedGroupSubject(c, k) // "Chaired by A, the group runs ..."
				if !ok && ledDescLemmas[u.Lemma] {
					led, ok = x.frontedDescLed(c, k, leaders) // "Led by A, the venture will ..." (lead_described_led.go)
					described = ok
				}
			}
			if !ok || x.leaderApposition(led, leaders) { // lead_fronted_appos.go
				continue
			}
			for _, l := range leaders {
				if chair && x.hasPersonAgent(c, leaderAt) {
					x.emitFact(c.s, schema.RelChairmanOf, l, led, "", 0.75, schema.Fact{})
				} else if described {
					x.emitFact(c.s, schema.RelLedBy, led, l, "", 0.75, schema.Fact{}) // the description calls it a venture
				} else {
					x.emitLed(c, led, l, "", 0.75)
				}
			}
			return
		}
		return
	}
	if u.Passive {
		if c.unitOf(subj) {
			return // "The cloud unit of X is led by P": the unit's chief (roles_title_other.go)
		}
		led := c.args(x, subj)
		if subj < 0 {
			led = x.impliedLed(c, v)
		}
		if led == nil {
			return
		}
		if x.itIsRound(c, subj, led) {
			x.roundLed = true // "It was led by A" after a round (lead_it_round.go)
		}
		for _, p := range ps {
			title, first := "", p.at == v+2 // the agent right after "by"

			if p.prep == "by" {
				// "led by co-founder and CEO P", "chaired by its founder, P"
				if t, k := c.titledAgent(x, p.at); k > p.at {
					p.at, title = k, t // roles_run_agent.go
				}
			}
			if p.prep != "by" || c.us[p.at].Kind != 'E' {
				continue
			}
			if c.isPerson(x, p.at) {
				// "run by executive chairman P", "chaired by P"
				if p.at > 0 && c.us[p.at-1].Kind == 'M' && title == "" {
					title = c.us[p.at-1].words
				}
				rels, _ := titleRels(normTitle(title))
				if chair {
					rels = []schema.Relation{schema.RelChairmanOf}
				} else if len(rels) == 0 && len(led) == 1 && first && !c.ents[c.us[p.at].ent].poss {
					rels, _ = x.runAgentRels(c, v, title, led[0]) // "the start-up run by P"
				}
				if k := p.at + 1; k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "as" && c.us[k+1].Kind == 'N' {
					// "the firm is still led by its co-founder P as chairman
					// and chief executive" (round 45, dev29)
					e := k + 1
					for e+2 < len(c.us) && c.us[e+1].Kind == 'O' && c.us[e+1].words == "and" && c.us[e+2].Kind == 'N' {
						e += 2 // "as chairman and chief executive"
					}
					if more, past := titleRels(normTitle(strings.ToLower(c.text(k+1, e)))); !past {
						rels = append(rels, more...)
					}
				}
				for _, rel := range rels {
					for _, o := range led {
						if subj < 0 && x.resolve(o, orgTypesAll) == c.affiliation(x, p.at) {
							continue // "The board is chaired by P of AMD": not AMD's board (lead_chair_implied.go)
						}
						x.emitFact(c.s, rel, c.args(x, p.at)[0], o, c.modText(subj, v), 0.8, schema.Fact{})
					}
				}
				x.withAsTitle(c, p.at+1, led, c.modText(subj, v)) // "..., with Q as chairman" (lead_with_as.go)
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
				if groupOnly && x.resolve(led, allianceTypes) == "" {
					continue // "growth driven by A" (member_more.go)
				}
				for _, l := range c.byAgents(x, p.at) {
					if chair {
						x.emitChair(c, l, led, c.modText(subj, v), 0.8) // lead_chair_group.go
					} else if reduced {
						x.emitLed(c, led, l, c.modText(subj, v), 0.8)
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
	if c.nameModifies(obj) {
		return // "which is running its own AI-RAN trials" (lead_it_round.go)
	}
	if obj < 0 && subj >= 0 && !chair {
		obj = c.relativeObject(subj) // "X, which A leads," (nlp_which.go)
	}
	if chair {
		subj = c.affiliatedSubject(x, subj) // "P of SoftBank chairs the group" (lead_chair_implied.go)
		if obj < 0 && subj >= 0 && x.chairObjectRelative(c, v, subj) {
			return // "and which P chairs"
		}
	}
	if subj >= 0 && obj >= 0 && !chair && v > 0 && c.us[v-1].Kind == 'O' && c.us[v-1].words == "and" && c.us[obj].words == "it" {
		// "A co-founded X in 2019 and has led it since 2024": "it" is the
		// group the first verb took, not A (round 25)
		if g := c.groupBefore(x, v-1); g >= 0 {
			obj = g
		}
	}
	if subj < 0 && obj >= 0 {
		x.famLeadAcrossRelative(c, v) // lead_relative.go
		return
	}
	if subj < 0 || obj < 0 {
		return
	}
	if chair && x.chairOrgBoard(c, subj, obj) {
		return // "AMD, which chairs the consortium's board" (lead_chair_org.go)
	}
	for _, l := range c.args(x, subj) {
		for _, led := range c.args(x, obj) {
			if chair {
				x.emitChair(c, l, led, c.modText(subj, v), 0.8) // lead_chair_group.go
			} else {
				x.emitLed(c, led, l, c.modText(subj, v), 0.8)
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
	if a, ok := x.describedLed(c, v); ok {
		return []arg{a} // "the venture is led by A" (lead_described_led.go)
	}
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
	if a, ok := x.impliedChaired(c, j, v); ok {
		return []arg{a} // lead_chair_implied.go
	}
	switch {
	case c.us[j].Lemma == "board":
		if a, ok, possessed := x.boardOwner(c, j); ok {
			return []arg{a}
		} else if possessed {
			return nil // lead_board.go
		}
		if x.curAlli != "" && x.sentIdx-x.lastSeen[x.curAlli] <= 3 {
			return []arg{{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}}
		}
		if a, ok := x.boardOfEarlierClause(c, j); ok {
			return []arg{a} // lead_board_clause.go
		}
		if t := x.topicCompany(); t != "" {
			return []arg{{slug: t, text: "(" + x.nameOf(t) + ")"}}
		}
	case investNouns[c.us[j].Lemma]:
		// the investee: the subject of the sentence's first clause
		for k := range c.us {
			if c.us[k].Kind == 'V' {
				if c.us[k].Neg && k < j {
					// "A did not invest in Y; the round was led by B": a
					// correction names Y's round all the same (round 26)
					for _, p := range c.pps(k + 1) {
						if p.prep == "in" && p.at < j {
							if as := c.args(x, p.at); len(as) == 1 {
								x.roundLed = true
								return as
							}
						}
					}
					break
				}
				if !raiseVerbs[c.us[k].Lemma] && !reportingLemmas[c.us[k].Lemma] && c.us[k].Lemma != "be" && k < j {
					// "A invested in Y; the round was led by B": the
					// investee in focus, not the investor (round 25)
					if f, ok := x.focusArg(c.s, nil); ok {
						x.roundLed = true
						return []arg{f}
					}
					break
				}
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
		if c.namedByOthers(j) {
			continue // "Critics call it the IBM-led alliance" (lead_naming.go)
		}
		alli, appos := c.ledApposition(x, j)
		if appos && alli.slug == "" {
			continue // it describes a name that is no known group
		}
		if !appos {
			if j > 0 && c.us[j-1].Kind == 'M' && (c.us[j-1].words == "a" || c.us[j-1].words == "an") {
				continue // "a proposal from a Vodafone-led group of operators": a new body, not the one under discussion
			}
			if x.curAlli == "" || x.sentIdx-x.lastSeen[x.curAlli] > 5 {
				continue
			}
			alli = arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}
		}
		for _, a := range c.args(x, j) {
			x.emitFact(c.s, schema.RelLedBy, alli, a, c.text(0, j+1), 0.75, schema.Fact{})
		}
	}
}

// ledApposition is the group a "the X-led group" description at entity
// unit j stands in apposition to: the name right before its comma ("the
// C-RAN Alliance, the China Mobile-led group") or right after ("the
// China Mobile-led group, the C-RAN Alliance,"). A description in
// apposition describes that name, not the group the sentence is about;
// ok with a zero arg when the name is no known group.
func (c *clauses) ledApposition(x *extractor, j int) (arg, bool) {
	k := -1
	p := j - 1
	for p >= 0 && c.us[p].Kind == 'M' {
		p--
	}
	if c.isPunct(p, ",") && p > 0 && c.us[p-1].Kind == 'E' {
		k = p - 1
	} else if c.isPunct(j+2, ",") {
		q := j + 3
		for q < len(c.us) && c.us[q].Kind == 'M' {
			q++
		}
		if q < len(c.us) && c.us[q].Kind == 'E' {
			k = q
		}
	}
	if k < 0 || c.ents[c.us[k].ent].poss {
		return arg{}, false
	}
	as := c.args(x, k)
	if len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
		return as[0], true
	}
	return arg{}, true
}

// groupBefore is the one alliance unit of the clause before the "and" at
// unit and, or -1.
func (c *clauses) groupBefore(x *extractor, and int) int {
	g := -1
	for j := and - 1; j >= 0 && !c.boundary(j); j-- {
		if c.us[j].Kind != 'E' {
			continue
		}
		if as := c.args(x, j); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
			if g >= 0 {
				return -1
			}
			g = j
		}
	}
	return g
}
