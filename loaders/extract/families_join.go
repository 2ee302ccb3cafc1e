package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// The join family and the memberships counted before they are named.

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
			if subj < 0 && u.Lemma == "admit" {
				x.famAdmittedList(c, v) // member_more.go
				return
			}
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
var founders = map[string]bool{"found": true, "co-found": true, "co-launch": true, "establish": true, "form": true, "create": true, "set up": true, "incorporate": true}

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

// famHaveMembers: "it had ten operator members - A, B, C and D", "the
// alliance counts 12 members: A, B ...": the list after the counted noun.
func (x *extractor) famHaveMembers(c *clauses, v int) {
	n := c.skipApproximation(v + 1)
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
