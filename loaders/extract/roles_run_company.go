package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A person who runs a company, said by a relative clause without a title
// (issue 13, the ceoOf misses of dev, dev2 and dev3): "P, who ran
// Vodafone UK", "Tan, a veteran chip investor who previously ran Cadence
// Design Systems", "Vestberg, who had led Ericsson before moving",
// "Tim Hoettges, who also heads majority owner Deutsche Telekom". Running
// or heading a whole company is its chief executive's job; the past tense
// makes the post a former one (chairRelative in chairs.go reads the
// tense). What stays unread: a unit or a part of a company ("who runs
// Nokia's IP networks division", "who heads the SoftBank Research
// Institute team"), a company's business in a place ("who runs Intel in
// Europe"), a body that is not a company (an alliance, an agency), a
// plan ("who would run X"), a pronoun ("who leads it" may stand for a
// company other than the one resolved), and a person whose apposition
// gives another title ("the chief operating officer who runs X"). A
// definite description is read as the name it resolves to ("P, who has
// run the operator since 2021", helper z19coref): the mention layer
// chose its antecedent by kind and focus, as it does for "the operator's
// chief executive".

// A person who ran a company for a time, said by a main clause: "P ran
// X for nearly a decade", "P has run X since 2019" (as "who has run X
// since 2019" says in a relative, roles_run.go). The time makes it a
// tenure, not a project or a unit run once ("P ran X's trials").

// runMain: the subject of the running verb at v, a person, is the
// chief executive of its object, a company named by its name, when a
// time of tenure follows ("since 2019", "for a decade").
func (x *extractor) runMain(c *clauses, v int) {
	u := c.us[v]
	o := v + 1
	if u.Neg || o >= len(c.us) || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
		return
	}
	for _, w := range strings.Fields(u.words) {
		if modalWords[w] {
			return
		}
	}
	if !runsNow(c, v, o) && !ranBefore(c, v, o) { // roles_ran_before.go
		if o+2 >= len(c.us) {
			return
		}
		if k := c.us[o+1]; k.Kind != 'P' || k.Lemma != "since" && k.Lemma != "for" && k.Lemma != "from" || !c.tenureAfter(o+1) {
			return
		}
	}
	if c.ents[c.us[o].ent].poss || !x.runsCompany(c, v, o, -1) {
		return
	}
	p := c.person(x, c.subject(v))
	mod := ""
	if strings.HasPrefix(u.words, "had ") || c.ts[u.Head].Form == formPast && !strings.Contains(u.words, "has ") && !strings.Contains(u.words, "have ") {
		mod = "former"
	}
	for _, pa := range c.args(x, p) {
		x.emitFact(c.s, schema.RelCEOOf, pa, c.args(x, o)[0], mod, 0.7, schema.Fact{})
	}
}

// tenureAfter reports whether the preposition at unit k ("since",
// "for") takes a time a post is held: a date, "a decade", "nearly six
// years".
func (c *clauses) tenureAfter(k int) bool {
	t := k + 1
	if t+1 < len(c.us) && c.us[t].Kind == 'O' && !c.isPunct(t, ",") && len(strings.Fields(c.us[t].words)) == 1 {
		t++ // "for nearly a decade"
	}
	if t >= len(c.us) || c.us[t].Kind != 'N' {
		return false
	}
	words := c.us[t].words
	if temporal(words) {
		return true
	}
	for _, w := range strings.Fields(words) {
		if w == "decade" || w == "decades" || w == "years" || w == "months" {
			return true
		}
	}
	return false
}

// runCompanyBlockers are apposition words that give the person a title
// other than the chief executive's.
var runCompanyBlockers = map[string]bool{
	"officer": true, "director": true, "president": true, "vice": true, "deputy": true, "manager": true,
	"head": true, "cfo": true, "coo": true, "cto": true, "interim": true, "acting": true, "engineer": true,
	"scientist": true, "chairman": true, "chair": true, "chairwoman": true, "adviser": true, "advisor": true,
}

// runCompanyPlaces are prepositions that, after the company, say the
// person runs only a part of it ("in Europe", "for Asia", "at").
var runCompanyPlaces = map[string]bool{"in": true, "for": true, "at": true, "across": true, "outside": true}

// runsCompany reports whether the relative verb of running at v (its
// object the entity unit o, appos the person's apposition or -1) says
// its person is the company's chief executive.
func (x *extractor) runsCompany(c *clauses, v, o, appos int) bool {
	u := c.us[v]
	if u.Neg || u.Lemma == "helm" || c.ents[c.us[o].ent].poss {
		return false
	}
	for _, w := range strings.Fields(u.words) {
		if modalWords[w] {
			return false // "who would run X": a plan
		}
	}
	if k := o + 1; k < len(c.us) {
		switch n := c.us[k]; {
		case n.Kind == 'N' || n.Kind == 'E':
			return false // "who heads the X team": X names a part
		case n.Kind == 'P' && runCompanyPlaces[n.Lemma] && !c.tenureAfter(k):
			return false // "who runs X in Europe"
		}
	}
	if appos >= 0 {
		for _, w := range strings.Fields(c.us[appos].words) {
			if runCompanyBlockers[w] {
				return false
			}
		}
	}
	orgs := c.args(x, o)
	if len(orgs) != 1 || orgs[0].m == nil || orgs[0].m.Coref && !runDescribed(orgs[0]) {
		return false // "who leads it": a pronoun may stand for another
	}
	for _, w := range strings.Fields(c.us[o].words) {
		if runCompanyUnits[w] {
			return false
		}
	}
	return x.typeOf(x.resolve(orgs[0], orgTypesAll)) == schema.TypeCompany
}

// runCompanyUnits are name words of a part of a company or of a research
// body, whose head is no chief executive: "who heads the SoftBank
// Research Institute", "who runs Nokia Bell Labs".
var runCompanyUnits = map[string]bool{
	"institute": true, "labs": true, "lab": true, "research": true, "division": true, "unit": true,
	"university": true, "foundation": true, "centre": true, "center": true, "academy": true,
}

// runDescribed reports whether a running verb's object resolved by
// coreference is a definite description ("who runs the operator", "has
// led the company since 2021"), read as the named object is.
func runDescribed(a arg) bool {
	w := strings.ToLower(a.text)
	return strings.HasPrefix(w, "the ") && a.m.Group == nil
}

// runsNow: "P runs X." and "P now runs X, and ...": the present tense
// of running a company named by its name, its clause ending there, says
// the post is held now without a time of tenure ("P runs X's trials",
// "P runs X in Europe" and "P runs X together with Q" go on past it).
func runsNow(c *clauses, v, o int) bool {
	w := strings.TrimPrefix(strings.TrimPrefix(c.us[v].words, "now "), "also ")
	if w != "runs" || c.ents[c.us[o].ent].poss {
		return false
	}
	k := o + 1
	return k >= len(c.us) || c.isPunct(k, ",") || c.isPunct(k, ".") || c.isPunct(k, ";") ||
		c.us[k].Kind == 'O' && (c.us[k].words == "and" || c.us[k].words == "but")
}
