package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a title that a verb of taking, keeping, leaving or
// losing a post puts after "as" (issue 13, helper x13r9, the roles2
// drill), whoever the sentence says owns the post:
//
//   - the holder is the verb's subject: "P will take over as managing
//     director and chief executive", "P continues as Group Chief
//     Executive", "P has settled in as executive chairman", "P would
//     return as CEO", "P joins the Board as Chair", "P and Q become
//     co-CEOs" (a copula with no "as");
//   - the holder leaves: "P will step down as chief executive" (still the
//     holder: asserted), "P stepped down as chairman" (past);
//   - the holder is the object of a verb of removal: "the board removed P
//     as chief executive" (past);
//   - a handover in the same sentence: "P will step down as chief
//     executive ... and hand over to Q" gives Q the title (planned when
//     the handover lies ahead).
//
// The owner of the post is the title's own ("as Intel's chief
// executive", "as chairman of X"), else the company reporting the news
// ("X said on Monday that P will ..."), else a fronted "At X," else the
// one company in reach (bareTitleOrg). A title of something else ("as
// chair of its audit committee"), a negated verb, or a title no relation
// reads ("as chief operating officer", "as vice chairman") states nothing.

// asTitleTake are verbs whose subject holds the title after "as".
var asTitleTake = map[string]bool{
	"take over": true, "take": true, "return": true, "continue": true, "stay": true, "stay on": true,
	"remain": true, "join": true, "settle": true, "settle in": true, "come": true, "come in": true,
	"serve": true, "start": true, "begin": true, "rejoin": true, "become": true,
}

// pickLemmas choose a person for a post to come: "picked P to succeed Q
// as chief executive".
var pickLemmas = map[string]bool{"pick": true, "choose": true, "select": true, "name": true, "nominate": true, "tap": true, "appoint": true}

// tenureVerbs mark a time in a post: "starts her fourth year as chief
// executive", "reaches her first anniversary as chief executive",
// "completed her first weeks as chief executive of the Norwegian group".
var tenureVerbs = map[string]bool{"start": true, "begin": true, "reach": true, "mark": true, "complete": true, "celebrate": true, "enter": true}

// lemmaIn reports whether a lemma is in m, also when the tagger cut the
// final "e" of a verb it does not know ("settl", "remov").
func lemmaIn(m map[string]bool, l string) bool {
	return m[l] || m[l+"e"] || strings.HasSuffix(l, " in") && m[strings.TrimSuffix(l, " in")+"e in"]
}

// asTitleLeave are verbs whose subject leaves the title after "as".
var asTitleLeave = map[string]bool{
	"step down": true, "step": true, "resign": true, "retire": true, "stand down": true, "stand": true,
	"quit": true, "leave": true, "depart": true,
}

// asTitleRemove are verbs whose object loses the title after "as".
var asTitleRemove = map[string]bool{"remove": true, "oust": true, "fire": true, "dismiss": true, "sack": true, "depose": true}

// asParticles are the words a tagger may leave between such a verb and
// "as" ("take over as", "step down as", "settle in as").
var asParticles = map[string]bool{"over": true, "down": true, "in": true, "on": true, "up": true, "back": true, "office": true} // "took office as" (round 30)

// titleStop are words after which a title noun phrase says no more
// ("CEO last November", "chairman from January").
var titleStop = map[string]bool{
	"last": true, "next": true, "this": true, "from": true, "since": true, "until": true, "effective": true,
	"earlier": true, "later": true, "today": true, "yesterday": true, "on": true, "in": true, "with": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// asTitleWords reads the title run from unit k on, cut at a time word:
// its words and the unit after it.
func (c *clauses) asTitleWords(k int) (string, int) {
	words, j := c.titleRun(k)
	var ws []string
	for i, w := range strings.Fields(words) {
		if i > 0 && nextTitle(ws[len(ws)-1], w, words) {
			continue // "as its next chief executive": a post, not a time
		}
		if titleStop[w] && i > 0 {
			break
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " "), j
}

// nextTitle reports whether w, after prev in the title run words, is the
// "next" of "its next chief executive" (a determiner or possessive before
// it, a title word after it), not of "CEO next year".
func nextTitle(prev, w, words string) bool {
	if w != "next" || prev != "its" && prev != "the" && prev != "their" && !strings.HasSuffix(prev, "'s") {
		return false
	}
	_, after, _ := strings.Cut(" "+words+" ", " "+prev+" next ")
	f := strings.Fields(after)
	return len(f) > 0 && titleWord[f[0]] && f[0] != "the" && f[0] != "its" && f[0] != "and"
}

// frontedOrg is the organisation of a fronted "At X," opening the
// sentence (invest_fronted.go).
func (c *clauses) frontedOrg(x *extractor) (arg, bool) {
	u := c.frontedAtOf(x, orgTypesAll)
	if u < 0 {
		return arg{}, false
	}
	return c.args(x, u)[0], true
}

// famAsTitle runs the shapes above on one sentence.
func (x *extractor) famAsTitle(c *clauses) {
	for v := 0; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg {
			continue
		}
		take, leave, remove := lemmaIn(asTitleTake, u.Lemma), lemmaIn(asTitleLeave, u.Lemma), lemmaIn(asTitleRemove, u.Lemma)
		tenure := tenureVerbs[u.Lemma] && !u.Passive && v+2 < len(c.us) && c.us[v+1].Kind == 'N' && stretchOfTime(c.us[v+1].words) &&
			c.us[v+2].Kind == 'P' && c.us[v+2].Lemma == "as" // "starts her fourth year as chief executive" (round 30)
		take = take || tenure
		if u.Passive && appointObjectLemmas[u.Lemma] {
			x.namedSuccessor(c, v) // "P was named CEO on Monday, replacing Q, who had run X"
			continue
		}
		if !take && !leave && !remove || u.Passive && !remove {
			continue
		}
		k := v + 1
		holder := -1
		if remove {
			if u.Passive {
				holder = c.subject(v) // "P was removed as chief executive"
			} else if holder = c.person(x, k); holder == k {
				k++
			}
		} else {
			holder = c.subject(v)
		}
		if holder < 0 || c.person(x, holder) != holder {
			continue
		}
		for k < len(c.us) && (c.us[k].Kind == 'P' || c.us[k].Kind == 'N') && asParticles[c.us[k].words] {
			k++
		}
		if tenure {
			k = v + 2
		}
		if u.Lemma == "join" && k+1 < len(c.us) && c.us[k].Kind == 'M' && c.us[k].words == "the" {
			k++
		}
		if u.Lemma == "join" && k < len(c.us) && (c.us[k].Kind == 'N' || c.us[k].Kind == 'E') && strings.HasSuffix(c.us[k].words, "board") {
			k++ // "joins the Board as Chair" (a capital B reads as a name)
		}
		asAt := k < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "as"
		if !asAt && u.Lemma != "become" {
			continue
		}
		if asAt {
			k++
		}
		if k >= len(c.us) {
			continue
		}
		var owner *arg
		if c.us[k].Kind == 'E' && !c.isPerson(x, k) && !c.isCountry(k) && c.ents[c.us[k].ent].poss {
			if as := c.args(x, k); len(as) == 1 && as[0].slug != "" {
				owner = &as[0] // "as Intel's chief executive"
			}
			k++
		} else if c.us[k].Kind == 'E' && !c.isPerson(x, k) && !c.isCountry(k) && k+1 < len(c.us) && c.us[k+1].Kind == 'N' && hasTitle(c.us[k+1].words) {
			if as := c.args(x, k); len(as) == 1 && as[0].slug != "" && x.typeOf(x.resolve(as[0], companyTypes)) == schema.TypeCompany {
				owner = &as[0] // "steps down as Acme CEO" (round 30)
				k++
			}
		}
		if k >= len(c.us) || c.us[k].Kind != 'N' {
			continue
		}
		words, after := c.asTitleWords(k)
		if possessorRE.MatchString(words) {
			continue // "as the alliance's chairman": roles_takeover.go
		}
		words, designate := designated(words)
		rels, past := chairTitle(words)
		if len(rels) == 0 || past {
			continue
		}
		if after+1 < len(c.us) && c.us[after].Kind == 'P' && (c.us[after].Lemma == "of" || c.us[after].Lemma == "at" && c.us[after+1].Kind == 'E') {
			o := after + 1
			if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss {
				continue // "as chair of its audit committee"
			}
			as := c.args(x, o)
			if len(as) != 1 {
				continue
			}
			owner = &as[0]
		}
		if owner == nil {
			for _, find := range []func(*extractor) (arg, bool){func(x *extractor) (arg, bool) { return c.reporterBefore(x, holder) }, c.frontedOrg, x.bareTitleOrgOf(c)} {
				if o, ok := find(x); ok {
					owner = &o
					break
				}
			}
		}
		if owner == nil || x.resolve(*owner, orgTypesAll) == "" {
			continue
		}
		from := holder
		for j := holder + 1; j < v; j++ {
			if c.isPunct(j, ",") {
				from = v - 1 // "P, who previously ran Y, became": the verb's own modality
			}
			if c.us[j].Kind == 'O' && (c.us[j].words == "and" || c.us[j].words == "but") && c.verbBetween(holder, j) {
				from = j // "P was previously Y's CEO and now serves as": the second verb's own modality
			}
		}
		mod := c.modText(from, v)
		if _, drop := modalityOf(mod); drop && !leave {
			continue
		}
		ahead := plannedRE.MatchString(mod)
		switch {
		case designate:
			mod = "will" // "joins the Board as Chair-designate"
		case remove:
			mod = "former"
		case leave && ahead:
			mod = "" // "will step down as": still the holder
		case leave:
			mod = "former"
		}
		x.rule = "title.as"
		for _, p := range c.coordinatedPeople(x, holder) {
			if x.resolve(p, personTypes) == "" {
				continue
			}
			for _, r := range rels {
				x.emitFact(c.s, r, p, *owner, mod, 0.7, schema.Fact{})
			}
		}
		if leave {
			x.handOverTo(c, after, rels, *owner, ahead)
		}
	}
}

// bareTitleOrgOf is the company a bare title is at when the sentence
// names no owner: the company the article is about (topicCompany), when
// the sentence names no company or names only that one.
func (x *extractor) bareTitleOrgOf(c *clauses) func(*extractor) (arg, bool) {
	return x.bareTitleOrgSkip(c, -1, -1)
}

// bareTitleOrgSkip is bareTitleOrgOf, blind to units [a, b) (an
// apposition that describes a person: "Q, the former chief executive of
// Y,").
func (x *extractor) bareTitleOrgSkip(c *clauses, a, b int) func(*extractor) (arg, bool) {
	return func(*extractor) (arg, bool) {
		t := x.topicCompany()
		if t == "" || c.namesOtherOrgSkip(x, t, a, b) {
			return arg{}, false // another company in reach: which one is unsaid
		}
		return arg{slug: t, text: "(" + x.nameOf(t) + ")"}, true
	}
}

// namesOtherOrg reports whether the sentence names (not by a description
// or pronoun) an organisation other than slug.
func (c *clauses) namesOtherOrg(x *extractor, slug string) bool {
	return c.namesOtherOrgSkip(x, slug, -1, -1)
}

// namesOtherOrgSkip is namesOtherOrg, blind to units [a, b).
func (c *clauses) namesOtherOrgSkip(x *extractor, slug string, a, b int) bool {
	for k, u := range c.us {
		if u.Kind != 'E' || c.isCountry(k) || c.isPerson(x, k) || k >= a && k < b {
			continue
		}
		for _, a := range c.args(x, k) {
			if a.m != nil && a.m.Coref {
				continue
			}
			if s := x.resolve(a, orgTypesAll); s != "" && s != slug {
				return true
			}
		}
	}
	return false
}

// reporterBefore is the company that is the subject of a reporting verb
// before unit h ("Early on Wednesday OpenAI said Altman would ..."; "X
// today announces the following changes: - P ...").
func (c *clauses) reporterBefore(x *extractor, h int) (arg, bool) {
	for r := h - 1; r > 0; r-- {
		u := c.us[r]
		if u.Kind != 'V' || !reportVerbs[u.Lemma] || u.Neg {
			continue
		}
		s := c.subject(r)
		if s < 0 {
			s = c.orgBeforeParen(r) // "X (\"X\" or \"the Group\") today announces"
		}
		if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
			return arg{}, false
		}
		as := c.args(x, s)
		if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
			return arg{}, false
		}
		return as[0], true
	}
	return arg{}, false
}

// handOverTo: "... and hand over to Q", "... and be succeeded by Q" after
// a holder leaves a title: Q takes it.
func (x *extractor) handOverTo(c *clauses, from int, rels []schema.Relation, owner arg, ahead bool) {
	for v := from; v+2 < len(c.us); v++ {
		u := c.us[v]
		if c.boundary(v) && !(c.us[v].Kind == 'O' && c.us[v].words == "and") {
			return
		}
		if u.Kind != 'V' || u.Neg {
			continue
		}
		k := v + 1
		switch {
		case (u.Lemma == "hand" || u.Lemma == "hand over") && !u.Passive:
			for k < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].words == "over" || c.us[k].words == "the reins") {
				k++
			}
			if k >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].words != "to" {
				return
			}
			k++
		case u.Lemma == "succeed" && u.Passive:
			if c.us[k].Kind != 'P' || c.us[k].words != "by" {
				return
			}
			k++
		default:
			continue
		}
		q := c.person(x, k)
		if q != k {
			return
		}
		mod := ""
		if ahead {
			mod = "will"
		}
		x.rule = "title.hand-over"
		for _, p := range c.args(x, q) {
			for _, r := range rels {
				x.emitFact(c.s, r, p, owner, mod, 0.65, schema.Fact{})
			}
		}
		return
	}
}

// famSucceedAs: "P succeeded Q as chief executive" (P holds the title, Q
// held it), "the board replaced Q with P as interim chief executive" (the
// same, the subject no person), at the owner famAsTitle would find.
func (x *extractor) famSucceedAs(c *clauses) {
	for v := 0; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || !successionLemmas[u.Lemma] {
			continue
		}
		q := c.person(x, v+1)
		if q != v+1 {
			continue
		}
		k := q + 1
		holder := c.subject(v)
		skipFrom := -1
		if c.isPunct(k, ",") && k+1 < len(c.us) && c.us[k+1].Kind == 'N' {
			continue // "succeeded Q, the company's ..., as": not this shape
		}
		if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "with" && u.Lemma == "replace" {
			holder = c.person(x, k+1) // "replaced Q with P (, the co-founder of Y,) as"
			skipFrom, k = k+2, c.skipAffiliation(x, k+2)
		} else if holder >= 0 && c.person(x, holder) != holder {
			holder = -1
		} else if holder < 0 && v > 0 && c.us[v-1].Kind == 'O' && c.us[v-1].words == "and" {
			holder = c.coordinatedPerson(x, v-1) // "P joins the Board ... and will succeed Q as Chair"
		}
		picked := false
		if v >= 3 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" && c.person(x, v-2) == v-2 && c.us[v-3].Kind == 'V' && pickLemmas[c.us[v-3].Lemma] && !c.us[v-3].Neg {
			// "Acme's board picked P to succeed Q as chief executive"
			// (round 30): the one picked, a plan
			holder, picked = v-2, true
		}
		if holder < 0 && skipFrom < 0 {
			// "its chief operating officer, P, would succeed Q as CEO"
			// (round 30, dev17): the name apposed to the subject
			holder = c.passingHolder(x, v) // roles_passed_on.go
		}
		if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "as" || c.us[k+1].Kind != 'N' {
			continue
		}
		words, after := c.asTitleWords(k + 1)
		if possessorRE.MatchString(words) {
			continue
		}
		rels, past := chairTitle(words)
		if len(rels) == 0 || past {
			continue
		}
		var owner *arg
		if after+1 < len(c.us) && c.us[after].Kind == 'P' && (c.us[after].Lemma == "of" || c.us[after].Lemma == "at" && c.us[after+1].Kind == 'E') {
			o := after + 1
			if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss {
				continue
			}
			as := c.args(x, o)
			if len(as) != 1 {
				continue
			}
			owner = &as[0]
		}
		first := holder
		if first < 0 {
			first = q
		}
		if owner == nil {
			for _, find := range []func(*extractor) (arg, bool){func(x *extractor) (arg, bool) { return c.ranByOwner(x, first) }, func(x *extractor) (arg, bool) { return c.reporterBefore(x, first) }, c.frontedOrg, func(x *extractor) (arg, bool) { return c.colonOrg(x, first) }, x.bareTitleOrgSkip(c, skipFrom, k)} {
				if o, ok := find(x); ok {
					owner = &o
					break
				}
			}
		}
		if owner == nil || x.resolve(*owner, orgTypesAll) == "" {
			continue
		}
		x.rule = "title.succeed-as"
		if holder >= 0 {
			mod := c.us[v].words
			if picked {
				mod = "will" // chosen to succeed: the post is to come
			}
			for _, p := range c.args(x, holder) {
				for _, r := range rels {
					x.emitFact(c.s, r, p, *owner, mod, 0.7, schema.Fact{})
				}
			}
		}
		qmod := "former"
		if plannedRE.MatchString(c.us[v].words) || picked {
			qmod = "" // "will succeed Q as Chair": Q holds it until then
		}
		for _, p := range c.args(x, q) {
			for _, r := range rels {
				x.emitFact(c.s, r, p, *owner, qmod, 0.65, schema.Fact{})
			}
		}
	}
}

// coordinatedPeople are the people of unit h and of the people
// coordinated before it ("P and Q will become co-CEOs", "P, Q and R").
func (c *clauses) coordinatedPeople(x *extractor, h int) []arg {
	out := c.args(x, h)
	for j := h - 1; j >= 1; j -= 2 {
		if !(c.us[j].Kind == 'O' && (c.us[j].words == "and" || c.us[j].words == ",")) || c.person(x, j-1) != j-1 {
			break
		}
		if c.us[j].words == "," && (j+1 != h && c.us[j+1].Kind != 'E') {
			break
		}
		out = append(c.args(x, j-1), out...)
	}
	return out
}

// famRunAs: "P runs X as its chief executive", "P now runs X as CEO": the
// organisation a verb of running takes as object holds the title after
// "as".
func (x *extractor) famRunAs(c *clauses) {
	for v := 0; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || !runLemmas[u.Lemma] {
			continue
		}
		h, mv := c.subject(v), v
		if h < 0 {
			h, mv = c.gerundHolder(x, v) // "before leading X as CEO" (roles_gerund_as.go)
		}
		if h < 0 && v >= 3 && c.isPunct(v-1, ",") && c.us[v-2].Kind == 'E' && c.isPerson(x, v-2) && c.isPunct(v-3, ",") {
			h, mv = v-2, v // "Another former Turkcell chief executive, P, now heads X as its CEO" (round 41)
		}
		if h < 0 || c.person(x, h) != h {
			continue
		}
		o := v + 1
		if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss ||
			c.us[o+1].Kind != 'P' || c.us[o+1].Lemma != "as" || c.us[o+2].Kind != 'N' {
			continue
		}
		words, after := c.asTitleWords(o + 2)
		if m := possessorRE.FindStringSubmatch(words); m != nil && m[1] != "" {
			words = words[len(m[0]):] // "as its chief executive": its = X
		}
		rels, past := chairTitle(words)
		if len(rels) == 0 || past || after < len(c.us) && c.us[after].Kind == 'P' && c.us[after].Lemma == "of" {
			continue
		}
		as := c.args(x, o)
		if len(as) != 1 || x.resolve(as[0], orgTypesAll) == "" {
			continue
		}
		x.rule = "title.run-as"
		for _, p := range c.args(x, h) {
			for _, r := range rels {
				mod := c.modText(mv-1, mv)
				if mv != v && c.us[v-1].Lemma == "after" {
					mod = "former" // "joined Y after running X as CEO": a post held before
				}
				x.emitFact(c.s, r, p, as[0], mod, 0.75, schema.Fact{})
			}
		}
	}
}

// orgBeforeParen is the entity unit right before a parenthesis that ends
// just before unit r ("Vodafone Group Plc (\"Vodafone\") announces"), or -1.
func (c *clauses) orgBeforeParen(r int) int {
	j := r - 1
	if !c.isPunct(j, ")") {
		return -1
	}
	for j >= 0 && !c.isPunct(j, "(") {
		if c.boundary(j) {
			return -1
		}
		j--
	}
	if j >= 1 && c.us[j-1].Kind == 'E' {
		return j - 1
	}
	return -1
}

// designated reads a title word marked "-designate" ("Chair-designate",
// "CEO-designate"): the title without the mark, and whether it was there.
func designated(words string) (string, bool) {
	if !strings.Contains(words, "-designate") {
		return words, false
	}
	return strings.ReplaceAll(words, "-designate", ""), true
}

// coordinatedPerson is the person subject of the verb coordinated before
// unit and ("P joins the Board as Chair-designate and will succeed Q"),
// or -1.
func (c *clauses) coordinatedPerson(x *extractor, and int) int {
	for j := and - 1; j >= 0; j-- {
		if c.boundary(j) {
			return -1
		}
		if c.us[j].Kind != 'V' {
			continue
		}
		if s := c.subject(j); s >= 0 && c.person(x, s) == s {
			return s // also across a relative pronoun: "P, who chairs X and ... has also been"
		}
		if c.relative(j - 1) {
			continue
		}
		return -1
	}
	return -1
}

// famCoordCopula: "P co-founded it and is its chief executive", "P joined
// in 2019 and is now chief executive of X": a copula coordinated after
// another verb of a person takes that person as its subject.
func (x *extractor) famCoordCopula(c *clauses) {
	for v := 2; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma != "be" && u.Lemma != "remain" || c.subject(v) >= 0 {
			continue
		}
		and := v - 1
		if c.isPunct(and, ",") {
			// "and, since January, has also been": over an inserted time
			for j := and - 1; j > 0 && j >= and-4; j-- {
				if c.us[j].Kind == 'V' {
					break
				}
				if c.isPunct(j, ",") {
					and = j - 1
					break
				}
			}
		}
		if c.us[and].Kind != 'O' || c.us[and].words != "and" {
			continue
		}
		h := c.coordinatedPerson(x, and)
		if h < 0 {
			continue
		}
		k := v + 1
		for k+1 < len(c.us) && (c.us[k].words == "now" || c.us[k].words == "also" || c.us[k].words == "still" || c.us[k].words == "currently") {
			k++
		}
		var owner *arg
		if c.us[k].Kind == 'E' && c.ents[c.us[k].ent].poss && !c.isPerson(x, k) && !c.isCountry(k) {
			if as := c.args(x, k); len(as) == 1 && x.resolve(as[0], orgTypesAll) != "" {
				owner = &as[0]
			}
			k++
		}
		if k >= len(c.us) || c.us[k].Kind != 'N' {
			continue
		}
		words, after := c.asTitleWords(k)
		rels, past := chairTitle(words)
		if len(rels) == 0 || past {
			continue
		}
		if after+1 < len(c.us) && c.us[after].Kind == 'P' && c.us[after].Lemma == "of" {
			o := after + 1
			if o+1 < len(c.us) && c.us[o].Kind == 'M' && c.us[o].words == "the" {
				o++ // "chairman of the GSMA board"
			}
			if owner != nil || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) || c.ents[c.us[o].ent].poss {
				continue
			}
			if o+1 < len(c.us) && c.us[o+1].Kind == 'N' && !strings.HasSuffix(c.us[o+1].words, "board") {
				continue // "chairman of the GSMA audit committee"
			}
			if as := c.args(x, o); len(as) == 1 {
				owner = &as[0]
			}
		}
		if owner == nil {
			continue
		}
		x.rule = "title.coordinated-copula"
		for _, p := range c.args(x, h) {
			for _, r := range rels {
				x.emitFact(c.s, r, p, *owner, u.words, 0.7, schema.Fact{})
			}
		}
	}
}

// namedSuccessor: "P, ..., was named CEO on Monday, replacing Q, who had
// run the US carrier since 2018": a title given with no owner is held at
// the organisation the replaced person ran.
func (x *extractor) namedSuccessor(c *clauses, v int) {
	h := c.subject(v)
	if h < 0 && v >= 2 && c.isPunct(v-1, ",") {
		h, _ = c.personBefore(x, v-1) // over an apposition with a relative
		if h < 0 && c.person(x, 0) == 0 && c.isPunct(1, ",") {
			h = 0 // "P, the former X chief who joined Y's board, was named"
		}
	}
	if h < 0 || c.person(x, h) != h || v+1 >= len(c.us) || c.us[v+1].Kind != 'N' {
		return
	}
	words, after := c.asTitleWords(v + 1)
	rels, past := chairTitle(words)
	if len(rels) == 0 || past || after < len(c.us) && c.us[after].Kind == 'P' && (c.us[after].Lemma == "of" || c.us[after].Lemma == "at") {
		return
	}
	for r := after; r+4 < len(c.us); r++ {
		if c.us[r].Kind != 'V' || !successionLemmas[c.us[r].Lemma] || c.us[r].Neg {
			continue
		}
		q := r + 1
		if c.person(x, q) != q || !c.isPunct(q+1, ",") || !c.relative(q+2) || c.us[q+3].Kind != 'V' ||
			!runLemmas[c.us[q+3].Lemma] || c.us[q+3].Passive || c.us[q+4].Kind != 'E' || c.isPerson(x, q+4) || c.isCountry(q+4) {
			return
		}
		as := c.args(x, q+4)
		if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
			return
		}
		x.rule = "title.named-successor"
		for _, p := range c.args(x, h) {
			for _, rel := range rels {
				x.emitFact(c.s, rel, p, as[0], c.us[v].words, 0.65, schema.Fact{})
			}
		}
		return
	}
}
