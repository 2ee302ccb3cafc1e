package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Membership and leadership told by structure (issue 13, helper x13w, on
// the members drill testdata/drills/members): "A is now part of X", "A and
// B also sit in X", "A's membership of X", "Under the leadership of A, X
// ...", "X, formed last year by A, B and C, ..." (a participle after a
// comma describes the name before it; families_found.go), "X is driven
// by A" (families_lead.go), a counted group of founders named by the next
// sentence ("Five operators signed its founding charter. They were ..."),
// "Also admitted this month:" over a list, and a cleft's "It" ("It was A
// and B, two of the founders, that ...") that refers to nothing. A
// question ("Has Nvidia joined?") states nothing. Near misses: a person,
// a company (not an alliance) as the group ("Arm is part of SoftBank"),
// negation, "sits on the board of X", "growth driven by A".

// question reports whether a sentence asks rather than states: it ends
// with a question mark (before any closing quote).
func question(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), `"'”’)`)
	return strings.HasSuffix(t, "?")
}

// reducedRelative reports whether the verb group at v is a bare participle
// after a comma that follows a name and has an agent: "X, formed last year
// by A and B,", "X, chaired by A,".
func reducedRelative(c *clauses, v int, ps []pp) bool {
	u := c.us[v]
	if u.Passive || v < 2 || !c.isPunct(v-1, ",") || c.us[v-2].Kind != 'E' || c.ents[c.us[v-2].ent].poss {
		return false
	}
	return c.participleByAgent(v, ps)
}

// participleByAgent reports whether verb unit v is a bare past participle
// with an organisation after "by" ("formed last year by A").
func (c *clauses) participleByAgent(v int, ps []pp) bool {
	u := c.us[v]
	if u.Head != u.From || (c.ts[u.Head].Form != formPast && c.ts[u.Head].Form != formPart) {
		return false
	}
	for _, p := range ps {
		if p.prep == "by" && c.us[p.at].Kind == 'E' {
			return true
		}
	}
	return false
}

// partWords are the noun phrases of "be part of", with a floating
// quantifier ("A and B are all part of X", "both part of": helper
// z22pfound).
var partWords = map[string]bool{"part": true, "all part": true, "both part": true}

// famMemberMore reads "be part of X", "be in X", "sit in X" and "A's membership of X"
// for the alliances X names.
func (x *extractor) famMemberMore(c *clauses) {
	for v := 0; v+2 < len(c.us); v++ {
		u := c.us[v]
		switch {
		case u.Kind == 'V' && (u.Lemma == "be" || u.Lemma == "become" || u.Lemma == "remain") && !u.Passive:
			n := v + 1
			for n < len(c.us) && c.us[n].Kind == 'O' && c.us[n].tag == posAdv {
				n++
			}
			if n+1 < len(c.us) && c.us[n].Kind == 'P' && c.us[n].Lemma == "in" && u.Lemma == "be" && len(c.memberGroups(x, n+1)) > 0 {
				x.memberSubject(c, v, n+1, "member.be-in") // "A is also in X", X an alliance
				continue
			}
			if n+2 >= len(c.us) || c.us[n].Kind != 'N' || !partWords[c.us[n].words] || c.us[n+1].Kind != 'P' || c.us[n+1].Lemma != "of" {
				continue
			}
			x.memberSubject(c, v, n+2, "member.part-of")
		case sitWords[lastWord(u.words)] && !u.Passive:
			// the tagger's lexicon has no "sit": read the word itself
			if c.us[v+1].Kind != 'P' || (c.us[v+1].Lemma != "in" && c.us[v+1].Lemma != "on") {
				continue
			}
			x.memberSubject(c, v, v+2, "member.sit-in")
		case u.Kind == 'E' && c.ents[u.ent].poss && c.us[v+1].Kind == 'N' && c.us[v+1].words == "membership" &&
			c.us[v+2].Kind == 'P' && (c.us[v+2].Lemma == "of" || c.us[v+2].Lemma == "in") && v+3 < len(c.us):
			if c.isPerson(x, v) {
				continue
			}
			groups := c.memberGroups(x, v+3)
			mt := c.text(0, v+3)
			if k := v + 4; k < len(c.us) && c.us[k].Kind == 'V' {
				mt += " " + c.text(k, k) // "X's membership of Y has not been confirmed"
				if c.us[k].Neg {
					mt += " not"
				}
			}
			x.rule = "member.membership-of"
			for _, a := range c.args(x, v) {
				for _, g := range groups {
					x.emitFact(c.s, schema.RelMemberOf, a, g, mt, 0.7, schema.Fact{})
				}
			}
		}
	}
}

// memberSubject states the subject of the verb at v a member of the
// alliances named from unit at on.
func (x *extractor) memberSubject(c *clauses, v, at int, rule string) {
	subj := c.subject(v)
	var members []arg
	if subj < 0 {
		members = x.colonMembers(c, v, at) // member_colon.go
	} else if !c.isPerson(x, subj) {
		members = append(c.args(x, subj), x.coSubjects(c, subj, v)...) // member_co_subject.go
	}
	if len(members) == 0 {
		return
	}
	groups := c.memberGroups(x, at)
	if g, ok := x.groupInDiscussion(c, at); len(groups) == 0 && ok {
		groups = []arg{g} // member_colon.go
	}
	x.rule = rule
	for _, a := range members {
		for _, g := range groups {
			x.emitFact(c.s, schema.RelMemberOf, a, g, c.modText(subj, v), 0.75, schema.Fact{})
		}
	}
}

// famUnderLeadership: "Under the leadership of A, X has grown": the group
// the sentence names after the phrase (else the one under discussion) is
// led by A, an organisation.
func (x *extractor) famUnderLeadership(c *clauses) {
	for j := 0; j+3 < len(c.us); j++ {
		if c.us[j].Kind != 'P' || c.us[j].Lemma != "under" || c.us[j+1].Kind != 'N' || !strings.HasSuffix(c.us[j+1].words, "leadership") {
			continue
		}
		if c.us[j+2].Kind != 'P' || c.us[j+2].Lemma != "of" || c.us[j+3].Kind != 'E' || c.isPerson(x, j+3) {
			continue
		}
		var led arg
		ok := false
		for k := j + 4; k < len(c.us) && !ok; k++ {
			if c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
				continue
			}
			if as := c.args(x, k); len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
				led, ok = as[0], true
			}
		}
		if !ok {
			if led, ok = x.sentenceAllianceArg(c); !ok {
				return
			}
		}
		x.rule = "lead.under-leadership"
		for _, l := range c.args(x, j+3) {
			if x.resolve(l, companyTypes) == "" {
				continue
			}
			x.emitFact(c.s, schema.RelLedBy, led, l, c.text(0, j), 0.75, schema.Fact{})
		}
		return
	}
}

// countedSignerVerbs are the verbs a counted group of new members or
// founders is the subject of ("Five operators signed its founding
// charter", "Eight firms joined this year").
var countedSignerVerbs = map[string]bool{
	"sign": true, "sign up": true, "join": true, "found": true, "co-found": true, "set up": true,
	"launch": true, "form": true, "create": true, "start": true, "establish": true,
}

// famCountedSigners: a counted group that founded or joined a group the
// sentence names or reaches ("Five operators signed its founding charter.")
// waits for the next sentence to name it ("They were A, B and C.";
// famPending).
func (x *extractor) famCountedSigners(c *clauses) {
	if x.pending != nil && x.pending.sent == x.sentIdx {
		return
	}
	for v := 1; v < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || !countedSignerVerbs[u.Lemma] {
			continue
		}
		j := v - 1
		for j > 0 && c.us[j].Kind == 'O' && c.us[j].tag == posAdv {
			j--
		}
		if j != 0 && !(j == 1 && c.us[0].Kind == 'O') {
			return // the counted group opens the sentence
		}
		ws := strings.Fields(c.us[j].words)
		if len(ws) < 2 || (numberWords[ws[0]] == 0 || ws[0] == "both") && !isDigit(ws[0][0]) || !groupNouns[ws[len(ws)-1]] {
			return
		}
		if _, drop := modalityOf(c.modText(-1, v)); drop {
			return
		}
		alliance, ok := x.sentenceAllianceArg(c)
		if !ok {
			return
		}
		rel := schema.RelMemberOf
		if founders[u.Lemma] || u.Lemma == "launch" || u.Lemma == "start" || strings.Contains(c.text(v, len(c.us)-1), "found") {
			rel = schema.RelFoundingMember
		}
		x.pending = &pendingGroup{rel: rel, alliance: alliance, sent: x.sentIdx}
		return
	}
}

// famAdmittedList: "Also admitted in the first quarter:" over a list of
// items: a participle lead-in without a subject admits the listed names to
// the group under discussion.
func (x *extractor) famAdmittedList(c *clauses, v int) {
	for j := 0; j < v; j++ {
		if c.us[j].Kind != 'O' {
			return // something before the participle: not a lead-in
		}
	}
	k := v + 1
	for k < len(c.us) && !c.isPunct(k, ":") && !c.boundary(k) && c.us[k].Kind != 'E' {
		k++
	}
	if !c.isPunct(k, ":") {
		return
	}
	alliance, ok := x.sentenceAllianceArg(c)
	if !ok {
		return
	}
	x.rule = "join.admitted-list"
	for j := k + 1; j < len(c.us) && !c.boundary(j); j++ {
		if c.us[j].Kind != 'E' || c.ents[c.us[j].ent].poss {
			continue
		}
		for _, a := range c.args(x, j) {
			x.emitFact(c.s, schema.RelMemberOf, a, alliance, c.text(0, v), 0.7, schema.Fact{Since: x.dateOf(c.s)})
		}
	}
}

// cleftThatRE finds the "that" or "who" a cleft sentence's focus ends
// with.
var cleftThatRE = regexp.MustCompile(`\b(?:that|who)\b`)

// cleftIt reports whether the "it" at token i opens a cleft sentence ("It
// was Daimler and Huawei, two of the founders, that pushed for ..."): an
// empty subject that refers to nothing.
func cleftIt(text string, toks []token, i int) bool {
	if i+2 >= len(toks) || (toks[i+1].Key != "was" && toks[i+1].Key != "is") {
		return false
	}
	f := toks[i+2].Text
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	return cleftThatRE.MatchString(text[toks[i+2].Start:])
}

func init() {
	// "sit" is a verb ("A and B also sit in X"; "the secretariat sits at
	// A; ..." is a clause of its own, no roster item).
	verbBases["sit"] = true
	irregular["sat"] = struct {
		base string
		f    form
	}{"sit", formPast}
}

// sitWords are the forms of "sit" ("A and B also sit in X").
var sitWords = map[string]bool{"sit": true, "sits": true, "sat": true, "sitting": true}

// lastWord is the last word of a unit's text.
func lastWord(words string) string {
	return words[strings.LastIndex(words, " ")+1:]
}
