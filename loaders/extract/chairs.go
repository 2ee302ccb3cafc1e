package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads chairs and chief executives the way news tells them,
// by structure rather than by the title next to the name (roles.go):
// possessive titles whose owner is a pronoun or a description ("the
// alliance's chairman, P", "Its first chairman was P", "the board's newly
// elected chair, P"), relative clauses ("P, who also chairs X", "P, the
// co-founder who runs X as chief executive", "P, the chief executive who
// has run X since 2021"), a board electing its chair ("The board elected
// P as its chairman", "P was elected chair of its board"), passives with
// an honorific ("X is chaired by Sheikh P"), titles coordinated after the
// first ("chairman of X and, since January, chairman of Y", "X's chief
// executive and a former chief executive of Y"), a country before the
// company ("CEO of Canada's Rogers"), successions ("took over as X's
// chief executive, succeeding Q": Q held the title before) and a vacancy
// filled in the next sentence ("X has a new chairman. P was named ...").
// Honorifics ("Crown Prince", "Sheikh") are never the person.

// honorifics are titles of address that news puts before a name.
var honorifics = map[string]bool{
	"sheikh": true, "sheikha": true, "prince": true, "princess": true, "crown prince": true, "king": true,
	"queen": true, "emir": true, "sir": true, "dame": true, "lord": true, "lady": true, "dr": true, "dr.": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "hrh": true, "his highness": true,
	"her highness": true, "his excellency": true, "her excellency": true, "h.e.": true, "professor": true, "prof.": true,
}

// honorific reports whether a mention's text is only a title of address.
func honorific(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return honorifics[t] || honorificRun(t) // honorific_run.go
}

// chairState is what famChairs keeps between sentences: a title a
// sentence said was newly filled ("X has a new chairman"), and the group
// the article named first.
type chairState struct {
	rel   schema.Relation
	org   arg
	sent  int
	first string
}

// person is the person entity unit at u, over an honorific ("Sheikh
// Tahnoun bin Zayed"), or -1.
func (c *clauses) person(x *extractor, u int) int {
	if u < 0 || u >= len(c.us) || c.us[u].Kind != 'E' {
		return -1
	}
	if as := c.args(x, u); len(as) == 1 && honorific(as[0].text) && u+1 < len(c.us) && c.us[u+1].Kind == 'E' && c.isPerson(x, u+1) {
		return u + 1
	}
	if c.isPerson(x, u) {
		if as := c.args(x, u); len(as) == 1 && honorific(as[0].text) {
			return -1
		}
		return u
	}
	return -1
}

// personBefore is the person a relative clause or apposition at unit j
// (the unit right after it) describes: "P, who", "P, the co-founder who",
// "Sheikh P, the UAE's national security adviser, who". It returns the
// person's unit and the apposition's noun phrase (or -1).
func (c *clauses) personBefore(x *extractor, j int) (p, appos int) {
	appos = -1
	k := j - 1
	if c.isPunct(k, ",") {
		k--
	}
	if p := c.person(x, k); p >= 0 {
		return p, -1
	}
	if k >= 1 && c.us[k].Kind == 'E' && c.us[k-1].Kind == 'E' {
		if p := c.person(x, k-1); p == k {
			return p, -1
		}
	}
	// an apposition of a few units back to a comma after the person
	for i := k; i >= 0 && i >= k-4; i-- {
		if c.us[i].Kind == 'V' || c.boundary(i) {
			return -1, -1
		}
		if c.us[i].Kind == 'N' && appos < 0 {
			appos = i
		}
		if c.isPunct(i, ",") {
			if i < k {
				if p := c.person(x, i-1); p >= 0 {
					return p, appos
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// titleNoise are words a title phrase may carry that say nothing about
// the relation ("its first chairman", "the board's newly elected chair").
var titleNoise = map[string]bool{
	"first": true, "board": true, "newly": true, "elected": true, "appointed": true, "named": true,
	"current": true, "founding": true, "the": true, "a": true, "an": true, "its": true, "their": true,
}

// chairTitle reads a noun phrase's title, ignoring titleNoise and a
// possessor before it. past is set for a former title.
func chairTitle(words string) (rels []schema.Relation, past bool) {
	if i := strings.LastIndex(words, "'s "); i >= 0 {
		words = words[i+3:]
	} else if i := strings.LastIndex(words, "’s "); i >= 0 {
		words = words[i+len("’s "):]
	}
	var ws []string
	for _, w := range strings.Fields(words) {
		if titleNoise[w] {
			continue
		}
		if w == "then" || w == "then-chairman" || w == "then-ceo" {
			past = true
			w = strings.TrimPrefix(w, "then-")
			if w == "then" {
				continue
			}
		}
		ws = append(ws, w)
	}
	rels, p := titleRels(strings.Join(ws, " "))
	return rels, past || p
}

// possessorRE reads who owns a title noun phrase: "its", "the
// alliance's", "the board's".
var possessorRE = regexp.MustCompile(`^(?:(its|their) |the ([a-z-]+)(?:'s|’s) )`)

// ownerOf resolves a title's possessor: "its" is the organisation the
// sentence opened with, else (for a chair) the group the article is
// about, else the first organisation of the previous sentence; "the
// board's" is the group the article is about, else the topic company;
// "the alliance's" is the group the noun refers to, else the group the
// article is about.
func (x *extractor) ownerOf(c *clauses, j int, poss string, rel schema.Relation) (arg, bool) {
	mk := func(s string) (arg, bool) {
		if s == "" {
			return arg{}, false
		}
		return arg{slug: s, text: "(" + x.nameOf(s) + ")"}, true
	}
	switch {
	case poss == "its" || poss == "their":
		for i := 0; i < j; i++ {
			if c.us[i].Kind == 'E' && !c.isPerson(x, i) && !c.isCountry(i) {
				if as := c.args(x, i); len(as) == 1 {
					return as[0], true
				}
			}
		}
		if g := x.mainGroup(); g != "" && rel == schema.RelChairmanOf {
			return mk(g)
		}
		if x.prevFirst != "" && x.typeOf(x.prevFirst) != schema.TypeCountry {
			return mk(x.prevFirst)
		}
	case poss == "board":
		if g := x.mainGroup(); g != "" {
			return mk(g)
		}
		return mk(x.topicCompany())
	case groupHeads[poss]:
		if s := x.groupRef(poss, j == 0); s != "" {
			return mk(s)
		}
		return mk(x.mainGroup())
	}
	return arg{}, false
}

// mainGroup is the group the article is about: of the groups named in
// the last few sentences, the one it introduced first.
func (x *extractor) mainGroup() string {
	if f := x.chairs.first; f != "" && x.sentIdx-x.lastSeen[f] <= 2*groupWindow {
		return f
	}
	best, bestAt := "", -1
	for s, last := range x.lastSeen {
		if x.typeOf(s) != schema.TypeAlliance || x.sentIdx-last > 2*groupWindow {
			continue
		}
		if b := x.placeholder[s]; b != "" {
			s = b
		}
		if f, ok := x.firstSeen[s]; ok && (bestAt < 0 || f < bestAt || f == bestAt && s < best) {
			best, bestAt = s, f
		}
	}
	return best
}

// famChairs runs the chair and chief-executive shapes on one sentence.
func (x *extractor) famChairs(c *clauses) {
	x.rule = "chair.possessive"
	x.chairPossessive(c)
	x.rule = "chair.relative"
	x.chairRelative(c)
	x.rule = "chair.passive"
	x.chairPassive(c)
	x.rule = "chair.elected"
	x.chairElected(c)
	x.rule = "chair.coordinated"
	x.chairCoordinated(c)
	x.rule = "chair.vacancy"
	x.chairVacancy(c)
	x.rule = "chair.succession"
	x.chairSuccession(c)
	x.dropPartChairs(c)
	if x.chairs.first == "" {
		for _, m := range c.s.ms {
			if m.Kind == 'A' && m.Slug != "" && !m.Coref {
				x.chairs.first = m.Slug
				if b := x.placeholder[m.Slug]; b != "" {
					x.chairs.first = b
				}
				break
			}
		}
	}
}

// chairPossessive: "The alliance's chairman, P", "Its first chairman was
// P", "The board's newly elected chair, P".
func (x *extractor) chairPossessive(c *clauses) {
	for j := 0; j < len(c.us); j++ {
		if c.us[j].Kind != 'N' {
			continue
		}
		words, t := c.us[j].words, j
		if c.ts[c.us[j].To-1].Poss && j+2 < len(c.us) && c.us[j+1].Kind == 'V' && strings.Contains(c.us[j+1].words, "newly") && c.us[j+2].Kind == 'N' {
			// "the board's newly elected chair": split by the tagger
			words, t = words+"'s "+c.us[j+2].words, j+2
		}
		m := possessorRE.FindStringSubmatch(words)
		if m == nil {
			continue
		}
		rels, past := chairTitle(words)
		if len(rels) == 0 {
			continue
		}
		p := -1
		switch {
		case c.isPunct(t+1, ","):
			p = c.person(x, t+2)
		case t+2 < len(c.us) && c.us[t+1].Kind == 'V' && c.us[t+1].Lemma == "be" && !c.us[t+1].Passive:
			p = c.person(x, t+2)
		}
		if p < 0 {
			continue
		}
		org, ok := x.ownerOf(c, j, m[1]+m[2], rels[0])
		if !ok {
			continue
		}
		mod := ""
		if past || (t+1 < len(c.us) && c.us[t+1].Kind == 'V' && (c.us[t+1].words == "was" || c.us[t+1].words == "had been")) {
			mod = "former"
		}
		for _, rel := range rels {
			x.emitFact(c.s, rel, c.args(x, p)[0], org, mod, 0.7, schema.Fact{})
		}
	}
}

// runLemmas are verbs that say a person runs an organisation; they state
// a title only with one ("as chief executive", "the chief executive
// who").
var runLemmas = map[string]bool{"run": true, "head": true, "lead": true, "helm": true}

// chairRelative: "P, who also chairs X", "Sheikh P, the UAE's adviser, who
// chairs X", "P, the co-founder who runs X as chief executive", "P, the
// chief executive who has run X since 2021".
func (x *extractor) chairRelative(c *clauses) {
	for v := 1; v < len(c.us); v++ {
		u := c.us[v]
		if (u.Kind != 'V' && u.Kind != 'M') || u.Passive || !(u.Lemma == "chair" || u.Lemma == "co-chair" || runLemmas[u.Lemma]) {
			continue
		}
		if !c.relative(v-1) || c.us[v-1].words != "who" {
			continue
		}
		p, appos := c.personBefore(x, v-1)
		if p < 0 {
			continue
		}
		o := c.object(v)
		if o < 0 {
			continue
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		var rels []schema.Relation
		past := false
		if u.Lemma == "chair" || u.Lemma == "co-chair" {
			if k := o + 1; k < len(c.us) && c.us[k].Kind == 'N' && (c.us[k].Lemma == "committee" || c.us[k].hasMod("committee", "working", "steering")) {
				continue // "who chairs X's steering committee"
			}
			rels = []schema.Relation{schema.RelChairmanOf}
		} else {
			if k := o + 1; k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "as" && c.us[k+1].Kind == 'N' {
				rels, past = chairTitle(c.us[k+1].words)
			} else if appos >= 0 {
				rels, past = chairTitle(c.us[appos].words)
			}
			if len(rels) == 0 && x.runsCompany(c, v, o, appos) {
				rels = []schema.Relation{schema.RelCEOOf} // roles_run_company.go
				past = strings.HasPrefix(u.words, "had ")
			}
		}
		if len(rels) == 0 {
			continue
		}
		mod := ""
		if past || c.ts[u.Head].Form == formPast && !strings.Contains(u.words, "has ") && !strings.Contains(u.words, "have ") {
			mod = "former"
		}
		for _, rel := range rels {
			x.emitFact(c.s, rel, c.args(x, p)[0], x.successorsCompany(c, p, rel, orgs[0]), mod, 0.75, schema.Fact{}) // roles_relative_successor.go
		}
	}
}

// chairPassive: "X is chaired by Sheikh P", "its board is chaired by Crown
// Prince P" (famLead reads the plain "chaired by P").
func (x *extractor) chairPassive(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || !u.Passive || (u.Lemma != "chair" && u.Lemma != "co-chair") {
			continue
		}
		if c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
			continue
		}
		k := v + 2
		for k < len(c.us) && c.us[k].Kind == 'M' {
			k++
		}
		p := c.person(x, k)
		if p < 0 {
			continue
		}
		var org arg
		ok, owned := false, false
		if s := c.subject(v); s >= 0 && !c.isPerson(x, s) {
			if as := c.args(x, s); len(as) == 1 {
				org, ok = as[0], true
			}
		} else if b := v - 1; b >= 1 && c.us[b].Kind == 'N' && c.us[b].words == "board" && c.us[b-1].Kind == 'E' &&
			c.ents[c.us[b-1].ent].poss && !c.isPerson(x, b-1) && !c.isCountry(b-1) {
			// "Fastweb's board is chaired by P": the possessive is a unit
			// of its own (roles_passive_test.go)
			if as := c.args(x, b-1); len(as) == 1 {
				org, ok, owned = as[0], true, true
			}
		} else if b := v - 1; c.us[b].Kind == 'N' && c.us[b].Lemma == "board" {
			if m := possessorRE.FindStringSubmatch(c.us[b].words); m != nil && m[1] != "" {
				// "It was launched by A, ..., and its board is chaired
				// by P": the board of what the sentence opened with
				org, ok = x.ownerOf(c, b, m[1], schema.RelChairmanOf)
			}
		}
		if !ok || p == k {
			if ok && p == k && !owned && !honoredBefore(c, x, k) {
				continue // famLead states the plain "chaired by P"
			}
			if !ok {
				continue
			}
		}
		x.emitFact(c.s, schema.RelChairmanOf, c.args(x, p)[0], org, c.modText(c.subject(v), v), 0.75, schema.Fact{})
	}
}

// honoredBefore reports whether the unit before k is an honorific.
func honoredBefore(c *clauses, x *extractor, k int) bool {
	if k < 1 || c.us[k-1].Kind != 'E' {
		return false
	}
	as := c.args(x, k-1)
	return len(as) == 1 && honorific(as[0].text)
}

// electLemmas are the verbs a board gives a title with.
var electLemmas = map[string]bool{"elect": true, "appoint": true, "name": true, "pick": true, "choose": true, "tap": true}

// chairElected: "The board elected P, president of A, as its chairman";
// "P, Group CTO of A, was elected chair of its board".
func (x *extractor) chairElected(c *clauses) {
	for v := 0; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || !electLemmas[u.Lemma] {
			continue
		}
		if !u.Passive {
			p := c.person(x, v+1)
			if p < 0 {
				continue
			}
			k := p + 1
			if c.isPunct(k, ",") {
				// over an apposition: ", president of AT&T Labs,"
				k++
				for k < len(c.us) && !c.isPunct(k, ",") && !c.boundary(k) && c.us[k].Kind != 'V' {
					k++
				}
				if !c.isPunct(k, ",") {
					continue
				}
				k++
			}
			if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "as" || c.us[k+1].Kind != 'N' {
				continue
			}
			m := possessorRE.FindStringSubmatch(c.us[k+1].words)
			if m == nil || m[1] != "its" {
				continue
			}
			rels, past := chairTitle(c.us[k+1].words)
			if len(rels) == 0 || past {
				continue
			}
			var org arg
			ok := false
			if s := c.subject(v); s >= 0 && !c.isPerson(x, s) {
				if as := c.args(x, s); len(as) == 1 {
					org, ok = as[0], true
				}
			} else if s < 0 && v > 0 && c.us[v-1].Kind == 'N' && c.us[v-1].Lemma == "board" {
				org, ok = x.ownerOf(c, v-1, "board", rels[0])
			}
			if !ok {
				continue
			}
			for _, rel := range rels {
				x.emitFact(c.s, rel, c.args(x, p)[0], org, c.modText(c.subject(v), v), 0.75, schema.Fact{})
			}
			continue
		}
		// passive: "P was elected chair of its board"
		s := c.subject(v)
		if s < 0 || c.person(x, s) < 0 || c.us[v+1].Kind != 'N' {
			continue
		}
		rels, past := chairTitle(c.us[v+1].words)
		if len(rels) != 1 || rels[0] != schema.RelChairmanOf || past {
			continue
		}
		if !c.isPunct(v+2, "of") && !(c.us[v+2].Kind == 'P' && c.us[v+2].Lemma == "of") {
			continue
		}
		if v+3 >= len(c.us) || c.us[v+3].Kind != 'N' || c.us[v+3].Lemma != "board" {
			continue
		}
		m := possessorRE.FindStringSubmatch(c.us[v+3].words)
		if m == nil || m[1] != "its" {
			continue
		}
		org, ok := x.ownerOf(c, 0, "board", schema.RelChairmanOf)
		if !ok {
			continue
		}
		x.emitFact(c.s, schema.RelChairmanOf, c.args(x, s)[0], org, c.modText(s, v), 0.7, schema.Fact{})
	}
}

// coordTitleRE is the text between an organisation and the next one when
// a second title of the same person joins the first: " and, since
// January, chairman of the ", " chief executive and a former chief
// executive of ".
var coordTitleRE = regexp.MustCompile(`^,? ?(?:[a-z&() -]+? )?and,? (?:(?:since|from|until) [a-z0-9 ]+, )?(?:a |the |also )?([a-z&() -]+?) (?:of|at) (?:the )?$`)

// titleGapRE is the text between a person and an organisation that a
// title joins: ", president and ceo of ".
var titleGapRE = regexp.MustCompile(`^, (?:the )?([a-z&() -]+?) (?:of|at) (?:the )?$`)

// chairCoordinated: "P, chairman of X and, since January, chairman of
// Y"; "P, Humain's chief executive and a former chief executive of
// Aramco Digital"; "P, president and CEO of Canada's Rogers".
func (x *extractor) chairCoordinated(c *clauses) {
	lower := strings.ToLower(c.s.text)
	var es []int
	for i, u := range c.us {
		if u.Kind == 'E' {
			es = append(es, i)
		}
	}
	for k, pu := range es {
		p := c.person(x, pu)
		if p != pu {
			continue
		}
		prevEnd := c.ents[c.us[pu].ent].end
		copulaMod := ""
		for m := k + 1; m < len(es); m++ {
			ou := es[m]
			// no verb and no clause end between the person and this
			// organisation, but the copula of "P is chairman of X and
			// CEO of Y" (roles_copula_coord.go)
			stop := false
			for i := es[m-1] + 1; i < ou; i++ {
				if m == k+1 && i == pu+1 && c.titleCopula(i) {
					copulaMod = c.us[i].words
					continue
				}
				if c.us[i].Kind == 'V' || c.boundary(i) || c.relative(i) {
					stop = true
				}
			}
			if stop || c.isPerson(x, ou) {
				break
			}
			gap := lower[prevEnd:c.ents[c.us[ou].ent].start]
			prevEnd = c.ents[c.us[ou].ent].end
			if c.isCountry(ou) && c.ents[c.us[ou].ent].poss && m+1 < len(es) && es[m+1] == ou+1 {
				// "CEO of Canada's Rogers": the country describes the
				// company after it
				if mm := titleGapRE.FindStringSubmatch(gap); mm != nil && m == k+1 {
					x.emitTitle(c, p, ou+1, mm[1])
				}
				prevEnd = c.ents[c.us[ou+1].ent].end
				m++
				continue
			}
			if m == k+1 {
				continue // the first title is famRoles'
			}
			mm := coordTitleRE.FindStringSubmatch(gap)
			if mm == nil && copulaMod != "" {
				mm = coordTitleDatedRE.FindStringSubmatch(gap) // "since 2002 and CEO of Y"
			}
			if mm == nil {
				break
			}
			if unitObject(c.s.text, c.ents[c.us[ou].ent].end) {
				break // "and CEO of the X unit" (roles_unit_object.go)
			}
			x.emitTitleMod(c, p, ou, mm[1], copulaMod)
		}
	}
}

// emitTitle states the relations of a title between person unit p and
// organisation unit o.
func (x *extractor) emitTitle(c *clauses, p, o int, title string) {
	x.emitTitleMod(c, p, o, title, "")
}

// emitTitleMod is emitTitle with the words of the verb that gives the
// title ("was": a past one).
func (x *extractor) emitTitleMod(c *clauses, p, o int, title, mod string) {
	rels, past := chairTitle(title)
	os := c.args(x, o)
	if len(os) != 1 {
		return
	}
	if past || mod == "was" || mod == "had been" {
		mod = "former"
	}
	for _, rel := range rels {
		x.emitFact(c.s, rel, c.args(x, p)[0], os[0], mod, 0.75, schema.Fact{})
	}
}

// vacancyRE: "X has a new chairman", "X named a new chief executive".
var vacancyRE = regexp.MustCompile(`^(?:\s*\([^)]{1,20}\))?\s*(?:has|have|is getting|gets|will get|named|has named|appointed|has appointed) (?:a|its) new ([a-z -]+?)\s*[.:]?\s*$`)

// chairVacancy: "The Telecom Infra Project (TIP) has a new chairman. Rob
// Soni, ..., was named this week to succeed Q."
func (x *extractor) chairVacancy(c *clauses) {
	lower := strings.ToLower(c.s.text)
	if st := x.chairs; st.rel != "" && st.sent == x.sentIdx-1 {
		for v := range c.us {
			u := c.us[v]
			if u.Kind != 'V' || !(u.Passive && electLemmas[u.Lemma]) {
				continue
			}
			if s := c.subject(v); s >= 0 && c.person(x, s) == s {
				x.emitFact(c.s, st.rel, c.args(x, s)[0], st.org, c.modText(s, v), 0.7, schema.Fact{})
			}
			break
		}
	}
	x.chairs.rel = ""
	o := 0
	if len(c.us) > 0 && c.us[0].Kind == 'M' {
		o = 1 // "The Telecom Infra Project"
	}
	if len(c.us) < o+3 || c.us[o].Kind != 'E' || c.isPerson(x, o) {
		return
	}
	as := c.args(x, o)
	if len(as) != 1 {
		return
	}
	m := vacancyRE.FindStringSubmatch(lower[c.ents[c.us[o].ent].end:])
	if m == nil {
		return
	}
	if rels, past := chairTitle(m[1]); len(rels) == 1 && !past {
		x.chairs.rel, x.chairs.org, x.chairs.sent = rels[0], as[0], x.sentIdx
	}
}

// chairSuccession: a title this sentence gives a person was held before
// by the one they succeed: "took over as X's chief executive, succeeding
// Q", "was named to succeed Q", "took over in June 2024 from Q".
func (x *extractor) chairSuccession(c *clauses) {
	for v := 0; v+1 < len(c.us); v++ {
		u := c.us[v]
		var q int
		switch {
		case u.Kind == 'V' && (u.Lemma == "succeed" || u.Lemma == "replace") && !u.Passive &&
			(c.ts[u.Head].Form == formIng || v > 0 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to"):
			// "succeeding Q", "to succeed Q" after the clause that gave
			// the title ("P succeeded Q as CEO" is the phrasing rules')
			q = c.person(x, c.object(v))
		case (u.Kind == 'P' || u.Kind == 'V') && u.words == "from" && tookOver(c, v):
			// ("in May from Q": the tagger may read "from" as a verb)
			q = c.person(x, v+1)
		default:
			continue
		}
		if q < 0 {
			continue
		}
		qa := c.args(x, q)[0]
		for _, f := range x.facts {
			if f.Evidence != c.s.text || (f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf) || f.Modality != "" || f.Subject.ID == qa.slug {
				continue
			}
			x.emitFact(c.s, f.Relation, qa, arg{slug: f.Object.ID, text: f.Object.Text}, "former", 0.65, schema.Fact{})
		}
	}
}

// tookOver reports whether the clause before unit v says someone took
// over ("took over in June 2024 from Q").
func tookOver(c *clauses, v int) bool {
	for i := v - 1; i >= 0 && !c.boundary(i); i-- {
		if _, month := monthNames[c.us[i].words]; c.us[i].Kind == 'V' && !month {
			return (c.us[i].Lemma == "take" || c.us[i].Lemma == "take over") && (c.us[i].Particle == "over" || i+1 < len(c.us) && c.us[i+1].words == "over")
		}
	}
	return false
}

// partNouns are the parts of an organisation whose chair is not its
// chair: "chairs X's technical committee", "chair of X's working group".
// A steering committee governs the whole and is not one of them.
var partNouns = map[string]bool{
	"committee": true, "subcommittee": true, "group": true, "force": true, "panel": true, "workstream": true, "team": true,
}

// dropPartChairs withdraws the chairs this sentence gave of an
// organisation whose possessive names one of its parts: "P, who chairs
// the Radio Forum's technical committee" chairs no forum.
func (x *extractor) dropPartChairs(c *clauses) {
	drop := x.slugsWhere(c, func(j int) bool {
		if j+1 >= len(c.us) || c.us[j].Kind != 'E' || !c.ents[c.us[j].ent].poss || c.us[j+1].Kind != 'N' {
			return false
		}
		n := c.us[j+1]
		return partNouns[n.Lemma] && !(n.hasMod("steering") && n.Lemma == "committee")
	})
	x.withdraw(c, func(f extracted) bool {
		return f.Relation == schema.RelChairmanOf && slices.Contains(drop, f.Object.ID)
	})
}
