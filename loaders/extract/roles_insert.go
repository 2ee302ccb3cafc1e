package extract

import (
	"regexp"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads titles that an inserted phrase separates from their
// holder, or that a time word makes past:
//
//   - "P, who previously ran X, became chairman of Y", "P, chief
//     technology officer of X, will serve as chairman of Y", "P, the
//     former X chief executive, is now chairman of the Y board": the
//     subject of a verb of taking or holding a post, across the insert,
//     holds the title after it;
//   - "P, then chief executive of X", "P, until now CEO of X", "P, the
//     former X chief executive": a past title.

// postVerbs are the verbs that give their subject the title after them
// ("as" after serve, act and "take over").
var postVerbs = map[string]bool{"become": true, "be": true, "serve": true, "act": true, "take": true, "remain": true,
	"step": true, "resign": true, "retire": true, "spend": true}

// namedLemmas are the passive verbs that give a title: "was named
// chairman of".
var namedLemmas = map[string]bool{"name": true, "appoint": true, "elect": true, "confirm": true, "promote": true, "elevate": true}

// pastApposRE: a time word before a title and "of": "P, then chief
// executive of X".
var pastApposRE = regexp.MustCompile(`^, (?:then|until now|until recently|previously|formerly|at the time) ([a-z&() -]+?) (?:of|at) (?:the )?$`)

// famTitleInsert runs the shapes above on one sentence.
func (x *extractor) famTitleInsert(c *clauses) {
	x.rule = "title.after-insert"
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		named := u.Passive && namedLemmas[u.Lemma] // "has been named chairman of"
		if u.Kind != 'V' || u.Passive && !named || !named && !postVerbs[u.Lemma] || c.relative(v-1) {
			continue
		}
		s := c.subject(v)
		if s < 0 && c.isPunct(v-1, ",") {
			s = c.relativeHolder(v - 1)
		}
		if s >= 2 && !c.isPerson(x, s) && c.us[s-1].Kind == 'P' && c.us[s-1].Lemma == "of" && c.us[s-2].Kind == 'E' {
			s -= 2 // "P of X took over as"
		}
		if s < 0 || !c.isPerson(x, s) || named && undecided(c.modText(s, v)) {
			continue // "P is expected to be named chief executive of X": a forecast
		}
		k := v + 1
		stepDown := u.Lemma == "step" && c.us[k].words == "down" || u.Lemma == "resign" || u.Lemma == "retire"
		if stepDown && u.Lemma == "step" {
			k++
		}
		if u.Lemma == "take" {
			if !(c.us[k].Kind == 'P' && c.us[k].Lemma == "over") {
				continue
			}
			k++
		}
		if u.Lemma == "serve" && c.durationAt(k) {
			k += 2 // "served for six years as president and CEO of X" (clause_title_appos.go)
		}
		if u.Lemma == "spend" {
			if !c.spentAsAt(k) {
				continue
			}
			k++ // "has spent eight months as chief executive of X" (round 44)
		}
		if k < len(c.us) && c.us[k].Kind == 'P' && (c.us[k].Lemma == "as" || c.us[k].Lemma == "to" && (u.Lemma == "promote" || u.Lemma == "elevate")) {
			k++ // "has been promoted to chairman" (round 25)
		} else if u.Lemma == "promote" || u.Lemma == "elevate" {
			continue
		} else if u.Lemma == "serve" || u.Lemma == "act" || u.Lemma == "take" || u.Lemma == "spend" || stepDown {
			continue
		}
		if k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].words == "now" {
			k++
		}
		words, j := c.titleRun(k)
		mod := u.words
		if u.words == "served" || u.words == "spent" {
			mod = "former" // "P served as CEO of X before moving to Y", "P spent two years as chairman of X": a post held
		}
		if stepDown {
			// "will step down as chief executive" holds the post now;
			// "stepped down as" held it
			if mod = "former"; strings.HasPrefix(u.words, "will ") || strings.HasPrefix(u.words, "is to ") {
				mod = ""
			}
		}
		if words != "" && (j >= len(c.us) || c.boundary(j) || c.us[j].Kind == 'O' && c.us[j].words == "and" || c.effectiveAfter(j)) {
			x.titleNoOrg(c, s, words, mod) // "will step down as president and chief executive"
			continue
		}
		if words != "" && j+1 < len(c.us) && c.us[j].Kind == 'P' && c.us[j].Lemma == "of" && c.us[j+1].Kind == 'N' && (c.us[j+1].words == "the board" || c.us[j+1].words == "the supervisory board") {
			x.titleNoOrg(c, s, words, mod) // "took over as chairman of the board"
			continue
		}
		if words == "" || j+1 >= len(c.us) || c.us[j].Kind != 'P' || (c.us[j].Lemma != "of" && c.us[j].Lemma != "at") {
			continue
		}
		o := j + 1
		if o < len(c.us) && c.us[o].Kind == 'M' && c.us[o].words == "the" {
			o++
		} else if o+1 < len(c.us) && c.us[o].Kind == 'M' && (companyNouns[c.us[o].Lemma] || orgNouns[c.us[o].Lemma]) && c.us[o+1].Kind == 'E' {
			o++ // "CEO of that country's big telecom-networking group X": a description before the name
		}
		if o >= len(c.us) || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		if n := o + 1; n < len(c.us) && c.us[n].Kind == 'N' && c.us[n].Lemma != "board" {
			continue // "chairman of X's audit committee"
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 {
			continue
		}
		rels, past := chairTitle(words)
		if past {
			mod += " former"
		}
		for _, rel := range rels {
			x.emitFact(c.s, rel, c.args(x, s)[0], orgs[0], mod, 0.75, schema.Fact{})
		}
	}
	x.rule = "title.past-apposition"
	lower := strings.ToLower(c.s.text)
	for i := 0; i+1 < len(c.us); i++ {
		if c.us[i].Kind != 'E' || !c.isPerson(x, i) {
			continue
		}
		o := i + 1
		for o < len(c.us) && c.us[o].Kind != 'E' && !c.boundary(o) && o < i+8 {
			o++
		}
		if o >= len(c.us) || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		gap := lower[c.ents[c.us[i].ent].end:c.ents[c.us[o].ent].start]
		var words string
		switch {
		case pastApposRE.MatchString(gap):
			words = pastApposRE.FindStringSubmatch(gap)[1]
		case gap == ", the former " || gap == ", a former " || reflexiveFormer(gap):
			// "P, the former X chief executive,"
			if n := o + 1; n < len(c.us) && c.us[n].Kind == 'N' {
				words, _ = c.titleRun(n)
				words = soleChief(lower, c.ents[c.us[o].ent].end, words) // "P, the former Deutsche Post chief,"
			}
		}
		if words == "" {
			continue
		}
		rels, _ := chairTitle(words)
		orgs := c.args(x, o)
		if len(orgs) != 1 {
			continue
		}
		for _, rel := range rels {
			x.emitFact(c.s, rel, c.args(x, i)[0], orgs[0], "former", 0.75, schema.Fact{})
		}
	}
}

// relativeHolder is the subject before an inserted relative clause that
// ends at the comma at unit e: "P, who previously ran X, ..." (-1 if
// none).
func (c *clauses) relativeHolder(e int) int {
	for k := e - 1; k >= 2; k-- {
		if c.isPunct(k, ",") || c.boundary(k) {
			return -1
		}
		if c.relative(k) && c.us[k].words == "who" {
			if c.isPunct(k-1, ",") && c.us[k-2].Kind == 'E' {
				return k - 2
			}
			return -1
		}
	}
	return -1
}

// titleNoOrg states a title that names no organisation ("took over as
// chairman of the board", "will step down as chief executive") for the
// group the article is about, else its company.
func (x *extractor) titleNoOrg(c *clauses, p int, words, mod string) {
	rels, past := chairTitle(words)
	if len(rels) == 0 {
		rels, past = coordinatedTitles(strings.Fields(words)) // "remains chairman and chief technology officer"
	}
	if len(rels) == 0 {
		return
	}
	if past {
		mod += " former"
	}
	owner := x.mainGroup()
	if owner == "" || rels[0] == schema.RelCEOOf {
		if t := x.topicCompany(); t != "" {
			owner = t
		} else if rels[0] == schema.RelCEOOf {
			return
		}
		if o := soleCompanyBefore(c.s, c.us[p].Start); o != "" {
			owner = o // "Sarvam was set up by P and Q; P is chief executive" (families2.go)
		}
	}
	if sec := x.sectionCompanyTitle(c.s, c.us[p].Start); sec != "" && soleCompanyBefore(c.s, c.us[p].Start) == "" {
		owner = sec // "Intel\n... Frank Yeary, the independent chair, became interim executive chair" (roles_bare_topic.go, round 33)
	}
	if strings.HasPrefix(words, "its ") {
		if at := strings.Index(strings.ToLower(c.s.text), words); at >= 0 {
			if pl := x.itsPastPluralLead(c.s.text, at); pl != "" {
				owner = pl // "A and B fund Y, and P serves as its chairman" (coref_its_plural.go)
			}
		}
	}
	o := arg{slug: owner, text: "(" + x.nameOf(owner) + ")"}
	if f, ok := c.frontedOrg(x); ok {
		o, owner = f, x.resolve(f, orgTypesAll) // "At KT, P remains chairman of the board" (roles_as_title.go)
	}
	if owner == "" {
		return
	}
	for _, rel := range rels {
		x.emitFact(c.s, rel, c.args(x, p)[0], o, mod, 0.6, schema.Fact{})
	}
}
