package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file opens a funding round that names no company (helper x13z1,
// issue 13): "In December 2023 A led a 385 million euro Series A; B, C
// and D participated", "B, which took part in the Series B that C led in
// January". The round is the investee focus's (invest_implicit.go): the
// company the money talk is about, never one of the clause's investors.
// A round with an owner ("Y's Series B", "its Series B", "a round in Y",
// "a round for Y") or raised by a subject ("Y raised ... in a Series C")
// is rounds.go's; a focus the model cannot decide opens nothing.

// openFocusRound opens the round a sentence names without a company, for
// the investee in focus, when no round is open in this sentence.
func (x *extractor) openFocusRound(c *clauses) {
	if r := x.round; r != nil && r.sent == x.sentIdx {
		return // opened with its company already
	}
	for j, u := range c.us {
		if !roundNoun(u) || u.Kind == 'E' && !strings.HasPrefix(u.words, "series ") || u.Lemma == "raise" {
			continue
		}
		if strings.Contains(u.words, "its ") || strings.Contains(u.words, "their ") || c.whoseRound(j) || j > 0 && c.us[j-1].Kind == 'E' && c.ents[c.us[j-1].ent].poss ||
			c.isPunct(j-1, "$") && j > 1 && c.us[j-2].Kind == 'E' && c.ents[c.us[j-2].ent].poss {
			continue // an owner's round
		}
		if k := j + 1; k+1 < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "in" || c.us[k].Lemma == "for" || c.us[k].Lemma == "of" || c.us[k].Lemma == "by") && c.us[k+1].Kind == 'E' {
			if c.us[k].Lemma != "by" {
				continue // "a round in Y": named
			}
		}
		if co, ok := x.subjectsRound(c, j); ok {
			x.round = &fundingRound{co: co, sent: x.sentIdx} // "Y was valued at $14bn after a round led by A" (round 44)
			return
		}
		if !c.roundTaken(j) || c.roundRaisedBy(j) {
			continue // "the round that Y raised in May": Y's
		}
		var investors []string
		for _, m := range c.s.ms {
			if m.Slug != "" && !(m.Coref && strings.HasSuffix(strings.TrimSpace(c.s.text[:m.Start]), " with")) {
				// (not "the start-up" after the investor: "Nvidia joined the
				// round and agreed a collaboration with the start-up")
				investors = append(investors, m.Slug)
			}
		}
		f := x.unnamedRoundFocus(c, j, investors, c.namedSlugs()) // rounds_unnamed.go
		if f == "" {
			return
		}
		x.round = &fundingRound{co: arg{slug: f, text: "(" + x.nameOf(f) + ")"}, sent: x.sentIdx, focus: true}
		return
	}
}

// roundTaken reports whether the round at unit j is what a verb of
// investing takes: "led a Series A", "took part in the Series B",
// "joined the round", "the round was led by", "the Series B that C led".
func (c *clauses) roundTaken(j int) bool {
	if c.roundLeadVerb(j) >= 0 {
		return true
	}
	i := c.beforeAmount(j)
	if i >= 0 {
		if p := c.us[i]; p.Kind == 'V' && p.Lemma == "join" && !p.Passive ||
			p.Kind == 'P' && p.Lemma == "in" && i > 0 && c.us[i-1].Kind == 'V' && c.us[i-1].Lemma == "participate" ||
			p.Kind == 'P' && p.Lemma == "in" && i > 1 && c.us[i-1].words == "part" && c.us[i-2].Lemma == "take" ||
			p.Kind == 'P' && p.Lemma == "in" && i > 0 && c.us[i-1].Kind == 'V' && c.us[i-1].Lemma == "be" && !c.us[i-1].Neg && c.inRoundNoun(i-1) { // "were in the round" (rounds_in_round.go)
			return true
		}
	}
	k := j + 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k+1].Kind == 'N' && temporal(c.us[k+1].words) {
		k += 2 // "A $73.6 million round in January 2024 was led by A" (round 39)
	}
	if k < len(c.us) && c.us[k].Kind == 'V' && (leadRoundLemmas[c.us[k].Lemma] || c.us[k].Lemma == "join") && c.us[k].Passive {
		return true
	}
	return c.roundRelativeLead(j) >= 0 || c.frontedRoundLead(j) >= 0 || c.roundPassiveRelative(j) // rounds_unnamed.go
}

// beforeAmount is the unit before the round at unit j and the article
// and amount that open it ("a $40 million Series B"), or -1.
func (c *clauses) beforeAmount(j int) int {
	i := j - 1
	for i >= 0 && (c.isPunct(i, "$") || c.isPunct(i, "€") || c.isPunct(i, "£") || c.us[i].Kind == 'O' && approxWords[c.us[i].words] ||
		c.us[i].Kind == 'N' && (c.us[i].words == "a" || c.us[i].words == "an" || c.us[i].words == "the")) {
		i--
	}
	return i
}

// roundLeadVerb is the active lead verb whose object is the round at
// unit j ("A led a $40 million Series B"), or -1.
func (c *clauses) roundLeadVerb(j int) int {
	i := c.beforeAmount(j)
	if i < 0 || c.us[i].Kind != 'V' || !leadRoundLemmas[c.us[i].Lemma] || c.us[i].Passive || c.us[i].Neg || c.ts[c.us[i].Head].Form == formPart {
		return -1
	}
	return i
}

// roundRelativeLead is the lead of "the Series B that C led": the
// subject of a lead verb in a relative clause on the round at unit j, or
// -1.
func (c *clauses) roundRelativeLead(j int) int {
	w := c.us[j].words
	if !strings.HasSuffix(w, " that") && !strings.Contains(w, " that ") && !strings.HasSuffix(w, " which") && !strings.Contains(w, " which ") {
		if !(j+1 < len(c.us) && c.us[j+1].Kind == 'O' && (c.us[j+1].words == "that" || c.us[j+1].words == "which")) {
			return -1
		}
		j++
	}
	e, v := j+1, j+2
	if v >= len(c.us) || c.us[e].Kind != 'E' || c.us[v].Kind != 'V' || c.us[v].Passive || c.us[v].Neg || !leadRoundLemmas[c.us[v].Lemma] {
		return -1
	}
	return e
}

// roundRaisedBy reports whether a relative clause on the round at unit j
// names the company that raised it: "the round that Y raised", "the
// Series B which Y closed in May".
func (c *clauses) roundRaisedBy(j int) bool {
	w := c.us[j].words
	if !strings.HasSuffix(w, " that") && !strings.Contains(w, " that ") && !strings.HasSuffix(w, " which") && !strings.Contains(w, " which ") {
		if !(j+1 < len(c.us) && c.us[j+1].Kind == 'O' && (c.us[j+1].words == "that" || c.us[j+1].words == "which")) {
			return false
		}
		j++
	}
	e, v := j+1, j+2
	return v < len(c.us) && c.us[e].Kind == 'E' && c.us[v].Kind == 'V' && (raiseVerbs[c.us[v].Lemma] || amountRaisers[c.us[v].Lemma])
}

// famRoundRelativeLead: "A led a $40 million Series B", "B took part in
// the Series B that C led": A and C led the round opened in this
// sentence.
func (x *extractor) famRoundRelativeLead(c *clauses) {
	r := x.round
	if r == nil || r.sent != x.sentIdx || !r.focus {
		return // a round with its own company: rounds.go and rounds2.go read its leads
	}
	for j, u := range c.us {
		if !roundNoun(u) {
			continue
		}
		if v := c.roundLeadVerb(j); v >= 0 {
			x.roundFollower(c, v, c.subject(v)) // "A led a $40 million Series B"
		}
		if e := c.roundRelativeLead(j); e >= 0 {
			x.roundFollower(c, e+1, e)
		}
		if e := c.frontedRoundLead(j); e >= 0 {
			x.roundFollower(c, 0, e) // "Led by A, a $262 million Series C ..." (rounds_unnamed.go)
		}
	}
}

// famCountedLeads: "The round was co-led by three new backers: A, an
// initiative funded by F; B; and C": a counted investor noun, a colon
// and as many items cut by semicolons as it counts. Each item's first
// organisation invested in the round's company; what describes it (F)
// did not. A count the items do not match states nothing.
func (x *extractor) famCountedLeads(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	for v, u := range c.us {
		if u.Kind != 'V' || !u.Passive || u.Neg || !leadRoundLemmas[u.Lemma] && u.Lemma != "join" || !subjectIsRound(c, v) {
			continue
		}
		// pps reads past the colon to the first item; the count is read
		// here
		if k := v + 2; k+1 < len(c.us) && c.us[v+1].Kind == 'P' && c.us[v+1].Lemma == "by" && c.us[k].Kind == 'N' && investorNouns[c.us[k].Lemma] && c.isPunct(k+1, ":") {
			count, ok := numberWords[strings.Fields(c.us[k].words)[0]]
			if !ok {
				continue
			}
			x.rule = "invest.round"
			for _, a := range x.semicolonItems(c.s, c.us[k].words+":", count) {
				x.emitFact(c.s, schema.RelInvestedIn, a, r.co, c.modText(-1, v), 0.7, schema.Fact{})
			}
		}
	}
}

// semicolonItems are the first organisations of the count items cut by
// semicolons after lead in sentence s, or nil when the items are not
// count or one names none.
func (x *extractor) semicolonItems(s *sent, lead string, count int) []arg {
	at := strings.Index(strings.ToLower(s.text), lead)
	if at < 0 {
		return nil
	}
	start := at + len(lead)
	parts := strings.Split(s.text[start:], ";")
	if len(parts) != count {
		return nil
	}
	var out []arg
	for _, part := range parts {
		end := start + len(part)
		var first *mention
		for i := range s.ms {
			m := &s.ms[i]
			if m.Start >= start && m.End <= end && m.Slug != "" && !m.Coref && (first == nil || m.Start < first.Start) {
				first = m
			}
		}
		if first == nil || first.Kind != 'C' && first.Kind != 'U' {
			return nil
		}
		out = append(out, arg{m: first, slug: first.Slug, text: first.Text})
		start = end + 1
	}
	return out
}

// subjectsRound is the company a round after "after" or "following"
// belongs to when it is the clause's subject: "Perplexity was valued at
// $14 billion after a $500 million round led by Accel" is Perplexity's
// round, not the topic company's (round 44, dev28).
func (x *extractor) subjectsRound(c *clauses, j int) (arg, bool) {
	i := c.beforeAmount(j)
	if i < 0 || c.us[i].Kind != 'P' || c.us[i].Lemma != "after" && c.us[i].Lemma != "following" {
		return arg{}, false
	}
	if !(j+1 < len(c.us) && c.us[j+1].Kind == 'V' && (c.us[j+1].Lemma == "lead" || c.us[j+1].Lemma == "co-lead")) {
		return arg{}, false // "after a round of 40 meetings": a funding round is led by someone here
	}
	v := -1
	for k := 0; k < i; k++ {
		if c.us[k].Kind == 'V' {
			v = k
			break
		}
	}
	if v < 0 {
		return arg{}, false
	}
	sub := c.subject(v)
	if sub < 0 || c.us[sub].Kind != 'E' || c.ents[c.us[sub].ent].poss {
		return arg{}, false
	}
	as := c.args(x, sub)
	if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
		return arg{}, false
	}
	return as[0], true
}
