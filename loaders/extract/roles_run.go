package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads titles that a verb of running carries rather than a
// title next to a name:
//
//   - a passive "run by" / "led by" / "headed by" whose agent carries a
//     title: "X is run by chief executive P", "X is run by co-CEOs P and
//     Q" (a title that states a relation by itself; "led by engineer P"
//     states nothing);
//   - the one a successor replaces: "succeeding P, who had led the
//     company since 2015", "replacing P, who had run X since 2018 and
//     chaired its board since 2019" (a past chief executive, a past
//     chair); without a succession in the sentence "who had led X" is no
//     title;
//   - a chair whose object is a board: "P, who also chairs its board",
//     "P, who chairs the board, said" (the board of the sentence's first
//     organisation, else of the company under discussion).

// titlePlural maps a plural title word to its singular.
var titlePlural = map[string]string{
	"co-ceos": "co-ceo", "ceos": "ceo", "executives": "executive", "chairmen": "chairman", "chairwomen": "chairwoman",
	"co-chairs": "co-chair", "officers": "officer", "directors": "director", "presidents": "president",
}

// normTitle makes a title phrase singular and drops a count before it
// ("two co-CEOs").
func normTitle(words string) string {
	var ws []string
	for _, w := range strings.Fields(words) {
		if _, n := numberWords[w]; n {
			continue
		}
		if s, ok := titlePlural[w]; ok {
			w = s
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// successionLemmas are the verbs of one person taking another's post.
var successionLemmas = map[string]bool{"succeed": true, "replace": true}

// famRunBy runs the shapes above on one sentence.
func (x *extractor) famRunBy(c *clauses) {
	succession := false
	for _, u := range c.us {
		if u.Kind == 'V' && successionLemmas[u.Lemma] || u.Kind == 'N' && strings.Contains(u.words, "top job") {
			succession = true
		}
	}
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' {
			continue
		}
		switch {
		case u.Passive && runLemmas[u.Lemma]:
			x.rule = "title.run-by"
			x.runByTitle(c, v)
		case !u.Passive && runLemmas[u.Lemma] && c.runByOrg(x, v) >= 0:
			// "KT, led by chief executive P since 2023, has kept"
			x.rule = "title.run-by"
			x.runByTitle(c, v)
		case !u.Passive && (runLemmas[u.Lemma] || u.Lemma == "chair") && c.relative(v-1) && c.us[v-1].words == "who":
			x.rule = "title.run-relative"
			x.runRelative(c, v, succession)
		case !u.Passive && (u.Lemma == "run" || u.Lemma == "head") && c.person(x, c.subject(v)) >= 0:
			x.rule = "title.run-main"
			x.runMain(c, v) // roles_run_company.go
		}
	}
}

// runByTitle: "X is run by chief executive P", "run by co-CEOs P and Q".
func (x *extractor) runByTitle(c *clauses, v int) {
	if c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
		return
	}
	title, k := c.titledAgent(x, v+2) // roles_run_agent.go
	var people []arg
	listed := false
	if k < 0 {
		// a list unit after the title: "run by co-CEOs P and Q"
		var ws []string
		k = v + 2
		for k < len(c.us) && (c.us[k].Kind == 'M' || c.us[k].Kind == 'N') {
			ws = append(ws, c.us[k].words)
			k++
		}
		title = strings.Join(ws, " ")
		if len(ws) > 0 && c.isPunct(k, ":") && pluralTitle(title) && k+1 < len(c.us) && c.us[k+1].Kind == 'E' {
			// "run by two co-CEOs: P, who is president, and Q": the
			// people listed after the colon (roles_named_list.go)
			k++
			people, listed = x.listedPeople(c, k), true
		}
		if len(ws) == 0 || k >= len(c.us) || c.us[k].Kind != 'E' {
			return
		}
	}
	for j := k; j < len(c.us) && !listed; j++ {
		if c.us[j].Kind == 'E' && c.isPerson(x, j) {
			people = append(people, c.args(x, j)...)
			if j+2 < len(c.us) && c.us[j+1].Kind == 'O' && c.us[j+1].words == "and" {
				j++
				continue
			}
		}
		break
	}
	if len(people) == 0 && !listed {
		if ps := c.args(x, k); len(ps) > 1 {
			people = ps // a list unit: "P and Q"
		}
	}
	s := c.subject(v)
	if !c.us[v].Passive {
		s = c.runByOrg(x, v) // the organisation the participle hangs on
	}
	if s < 0 && len(c.us) > 3 && c.us[0].Kind == 'E' && c.isPunct(1, ",") && c.relative(2) && c.isPunct(v-1, ",") {
		s = 0 // "X, which is based in Jeju, South Korea, is run by"
	}
	if s < 0 && openingAppos(c, v) {
		// "The combined operator, VodafoneThree, is led by": the name is
		// an apposition of the sentence's opening description.
		s = v - 2
	}
	if s < 0 || c.isPerson(x, s) || c.isCountry(s) || c.unitOf(s) {
		return // "The cloud unit of X is run by": the unit's chief (roles_title_other.go)
	}
	orgs := c.args(x, s)
	if len(orgs) != 1 {
		return
	}
	rels, past := x.runAgentRels(c, v, title, orgs[0])
	if len(rels) == 0 {
		return
	}
	mod := c.us[v].words
	if past {
		mod += " former"
	}
	for _, rel := range rels {
		for _, p := range people {
			x.emitFact(c.s, rel, p, orgs[0], mod, 0.75, schema.Fact{})
		}
	}
}

// runRelative: "succeeding P, who had led the company since 2015" and
// "who ... chaired its board since 2019"; "P, who also chairs its board".
func (x *extractor) runRelative(c *clauses, v int, succession bool) {
	p, _ := c.personBefore(x, v-1)
	if p < 0 {
		return
	}
	// the verbs of the relative: "had run X since 2018 and chaired its
	// board since 2019"
	var prev *arg
	for w := v; w < len(c.us); {
		u := c.us[w]
		if u.Kind != 'V' || u.Passive || !(runLemmas[u.Lemma] || u.Lemma == "chair") {
			return
		}
		org, end, ok := x.runObject(c, w)
		if !ok || c.us[w+1].Kind == 'N' && prev == nil && c.describesOther(x, org, p) {
			return // roles_ran_by.go
		}
		switch {
		case c.us[w+1].Kind == 'N' && prev != nil:
			org = *prev // "had run X and chaired its board": X's board
		case c.us[w+1].Kind == 'E' && org.m != nil && org.m.Coref:
			// "succeeding P, who had led the company": the company the
			// sentence named before P
			if o := lastCompanyBefore(x, c, p); o != nil {
				org = *o
			}
		}
		prev = &org
		past := strings.HasPrefix(u.words, "had ") || strings.HasPrefix(c.us[v].words, "had ")
		switch {
		case u.Lemma == "chair" && (c.us[w+1].Kind == 'N' || past && succession):
			// an entity object is chairRelative's (chairs.go)
			mod := ""
			if past {
				mod = "former"
			}
			x.emitFact(c.s, schema.RelChairmanOf, c.args(x, p)[0], x.successorsCompany(c, p, schema.RelChairmanOf, org), mod, 0.7, schema.Fact{})
		case u.Lemma != "chair" && past && succession && c.us[w+1].Kind == 'E':
			if x.typeOf(x.resolve(org, orgTypesAll)) != schema.TypeCompany {
				return
			}
			x.emitFact(c.s, schema.RelCEOOf, c.args(x, p)[0], x.successorsCompany(c, p, schema.RelCEOOf, org), "former", 0.7, schema.Fact{}) // roles_relative_successor.go
		case (u.Lemma == "run" || u.Lemma == "head") && c.us[w+1].Kind == 'E' && !c.ents[c.us[w+1].ent].poss && w+3 < len(c.us) && c.us[w+2].Kind == 'P' &&
			(c.us[w+2].Lemma == "since" || c.us[w+2].Lemma == "for") && temporal(c.us[w+3].words):
			// "P, who has run X since 2019": running a company for a time
			// is its chief executive's job (without the time, "who ran
			// X" may be a unit's or a chair's)
			if x.typeOf(x.resolve(org, orgTypesAll)) != schema.TypeCompany {
				return
			}
			mod := ""
			if past {
				mod = "former"
			}
			x.emitFact(c.s, schema.RelCEOOf, c.args(x, p)[0], x.successorsCompany(c, p, schema.RelCEOOf, org), mod, 0.7, schema.Fact{})
		}
		// "and chaired its board": a second verb of the same relative
		if end+1 < len(c.us) && c.us[end].Kind == 'O' && c.us[end].words == "and" && c.us[end+1].Kind == 'V' {
			w = end + 1
			continue
		}
		return
	}
}

// runObject is what the verb at w runs or chairs: an organisation, or a
// board ("its board", "the board") standing for its owner. It returns the
// unit after the object and its time ("since 2018").
func (x *extractor) runObject(c *clauses, w int) (arg, int, bool) {
	o := w + 1
	if o >= len(c.us) {
		return arg{}, 0, false
	}
	end := o + 1
	for end+1 < len(c.us) && c.us[end].Kind == 'P' && (c.us[end].Lemma == "since" || c.us[end].Lemma == "in" || c.us[end].Lemma == "until") && temporal(c.us[end+1].words) {
		end += 2
	}
	switch u := c.us[o]; {
	case u.Kind == 'E' && !c.isPerson(x, o) && !c.isCountry(o):
		if as := c.args(x, o); len(as) == 1 {
			if k := o + 1; k < len(c.us) && c.us[k].Kind == 'N' {
				return arg{}, 0, false // "X's steering committee"
			}
			return as[0], end, true
		}
	case u.Kind == 'N' && (u.words == "its board" || u.words == "the board" || u.words == "its supervisory board" || u.words == "the supervisory board"):
		a, ok := x.describedOwner(c, o)
		return a, end, ok
	}
	return arg{}, 0, false
}

// lastCompanyBefore is the last company named (not described) before unit
// p, or nil.
func lastCompanyBefore(x *extractor, c *clauses, p int) *arg {
	for i := p - 1; i >= 0; i-- {
		if c.us[i].Kind != 'E' || c.isPerson(x, i) || c.isCountry(i) {
			continue
		}
		as := c.args(x, i)
		if len(as) == 1 && as[0].m != nil && !as[0].m.Coref && x.typeOf(x.resolve(as[0], orgTypesAll)) == schema.TypeCompany {
			return &as[0]
		}
	}
	return nil
}

// openingAppos reports whether the sentence opens with a description and
// a name between commas right before the verb group at v: "The combined
// operator, VodafoneThree, is led by". The description has no name, no
// preposition and no punctuation of its own.
func openingAppos(c *clauses, v int) bool {
	if v < 4 || !c.isPunct(v-1, ",") || c.us[v-2].Kind != 'E' || !c.isPunct(v-3, ",") || c.us[v-4].Kind != 'N' {
		return false
	}
	for j := 0; j < v-3; j++ {
		if k := c.us[j].Kind; k == 'E' || k == 'P' || k == 'O' {
			return false
		}
	}
	return true
}
