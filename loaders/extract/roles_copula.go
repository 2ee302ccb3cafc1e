package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads titles that a copula or a relative "whose" puts between
// an organisation and a person, and titles owned by a description:
//
//   - "Its chief executive is P", "X's chairman remains P" (the owner a
//     name, its possessive or a pronoun standing for one);
//   - "X, whose chairman is P", "X, the holding company whose chief
//     executive, P, ..." (the owner the organisation the relative's noun
//     phrase describes);
//   - "P, the bank's chief executive", "the group's chief executive is P",
//     "P, the company's chairman and group CEO" (the owner, a company
//     noun's possessive, the first organisation the sentence names, else
//     the company the article is about).
//
// A title must state a relation by itself (titleRels): "its chief
// technology officer is P" states nothing.

// copulaTitle are the forms of "be" that give a title to its holder.
var copulaTitle = map[string]string{"is": "", "remains": "", "has been": "", "was": "former", "had been": "former"}

// titleRun reads the title noun phrases from unit k on ("chairman and
// general director"): their words, joined, and the unit after them.
func (c *clauses) titleRun(k int) (string, int) {
	var ws []string
	j := k
	for j < len(c.us) {
		u := c.us[j]
		if u.Kind == 'N' || u.Kind == 'M' && len(ws) > 0 {
			ws = append(ws, u.words)
			j++
			continue
		}
		if u.Kind == 'O' && u.words == "and" && j+1 < len(c.us) && (c.us[j+1].Kind == 'N' || c.us[j+1].Kind == 'M') && len(ws) > 0 {
			// "chairman and chief executive P": the second title may be
			// the modifier of the name
			ws = append(ws, "and")
			j++
			continue
		}
		if c.titleListComma(j, ws) {
			ws = append(ws, "and") // "founder, chairman and chief executive" (roles_copula_list_test.go)
			j++
			continue
		}
		break
	}
	return strings.Join(ws, " "), j
}

// holderAfter is the person a title ending before unit j names: "is P",
// "remains P", ", P". It returns the person's unit (or -1) and the
// modality text of the copula.
func (c *clauses) holderAfter(x *extractor, j int, comma bool) (int, string) {
	if j+1 >= len(c.us) {
		return -1, ""
	}
	if u := c.us[j]; u.Kind == 'V' && (u.Lemma == "be" || u.Lemma == "remain") && !u.Passive {
		if mod, ok := copulaTitle[u.words]; ok {
			return c.holder(x, j+1), mod
		}
		return -1, ""
	}
	if comma && c.isPunct(j, ",") {
		return c.holder(x, j+1), ""
	}
	return -1, ""
}

// holder is the person unit u names, unless it is a possessive: in "X's
// chief executive is P's successor" the title holder is someone else.
func (c *clauses) holder(x *extractor, u int) int {
	p := c.person(x, u)
	if p >= 0 && c.ents[c.us[p].ent].poss {
		return -1
	}
	return p
}

// famTitleCopula runs the shapes above on one sentence.
func (x *extractor) famTitleCopula(c *clauses) {
	x.rule = "title.copula"
	for k := 1; k < len(c.us); k++ {
		o := k - 1
		if c.us[k].Kind == 'O' && c.us[k].words == "whose" {
			x.titleWhose(c, k)
			continue
		}
		if c.us[k].Kind != 'N' || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		if !c.ents[c.us[o].ent].poss && !ownerPronoun(c, o) {
			continue
		}
		words, j := c.titleRun(k)
		p, mod := c.holderAfter(x, j, false)
		if p < 0 {
			continue
		}
		x.emitCopulaTitle(c, p, c.args(x, o), words, mod)
	}
	x.titleOfCopula(c) // "The chief executive of X is P" (roles_after_name.go)
	x.rule = "title.described-owner"
	for k := 0; k < len(c.us); k++ {
		if c.us[k].Kind != 'N' {
			continue
		}
		m := possessorRE.FindStringSubmatch(c.us[k].words)
		if m == nil || m[2] == "" || !companyNouns[m[2]] && m[2] != "bank" {
			continue
		}
		words, j := c.titleRun(k)
		p, mod := c.holderAfter(x, j, true)
		if p < 0 && k >= 2 && c.isPunct(k-1, ",") {
			p = c.person(x, k-2) // "P, the bank's chief executive"
			if p >= 0 && j < len(c.us) && !c.boundary(j) && c.us[j].Kind != 'V' && !closedApposition(c, j) {
				p = -1
			}
		}
		if p < 0 {
			continue
		}
		owner, ok := x.describedOwner(c, k)
		if !ok {
			continue
		}
		x.emitCopulaTitle(c, p, []arg{owner}, words, mod)
	}
}

// closedApposition reports whether a comma at unit j closes an apposition
// and the clause's verb follows: "P, the group's chief executive, said"
// (issue 13, roles3). A name after the comma ("P, the group's chief
// executive, Q and R") is a list, which the title does not describe; a
// relative clause about the person may follow the apposition instead of
// the verb ("steered by P, the group's chief executive, who will hand
// over to Q") (roles_focus.go).
func closedApposition(c *clauses, j int) bool {
	return c.isPunct(j, ",") && j+1 < len(c.us) && (c.us[j+1].Kind == 'V' || personRelative(c.us[j+1].words))
}

// ownerPronoun reports whether entity unit o is a possessive pronoun.
func ownerPronoun(c *clauses, o int) bool {
	w := c.us[o].words
	return w == "its" || w == "their"
}

// titleWhose: "X, whose chairman is P", "X, the holding company whose
// chief executive, P, ...". The owner is the organisation the relative
// follows, over an apposition that describes it.
func (x *extractor) titleWhose(c *clauses, w int) {
	words, j := c.titleRun(w + 1)
	if words == "" && w+2 < len(c.us) && c.us[w+1].Kind == 'M' && strings.Contains(c.us[w+1].words, "founder") && hasTitle(c.us[w+1].words) && c.us[w+2].Kind == 'E' && c.isPerson(x, w+2) {
		words, j = c.us[w+1].words, w+2 // "whose founder P is still its chief executive" (round 40)
	}
	if words == "" {
		return
	}
	if j+2 < len(c.us) && c.us[j].Kind == 'P' && c.us[j].Lemma == "since" && temporal(c.us[j+1].words) {
		j += 2 // "whose chief executive since December 2023 is P"
	}
	p, mod := c.holderAfter(x, j, true)
	if p < 0 && j < len(c.us) && c.us[j].Kind == 'E' && c.isPerson(x, j) && c.us[j-1].Kind == 'M' {
		p = c.holder(x, j) // "whose chairman and chief executive P signed"
	}
	if p < 0 {
		return
	}
	o := -1
	for i := w - 1; i >= 0; i-- {
		u := c.us[i]
		if u.Kind == 'V' || u.Kind == 'P' || u.Kind == 'O' && u.words != "," || c.boundary(i) && !c.isPunct(i, ",") {
			break
		}
		if u.Kind == 'E' && !c.isPerson(x, i) && !c.isCountry(i) && !c.ents[u.ent].poss {
			o = i // the leftmost: the name the apposition describes
		}
	}
	if o < 0 {
		return
	}
	x.emitCopulaTitle(c, p, c.args(x, o), words, mod)
}

// describedOwner is the organisation "the company's" (at unit k) stands
// for: the first organisation named earlier in the sentence, else the
// company the article is about.
func (x *extractor) describedOwner(c *clauses, k int) (arg, bool) {
	for i := 0; i < k; i++ {
		if c.us[i].Kind == 'E' && !c.isPerson(x, i) && !c.isCountry(i) {
			if as := c.args(x, i); len(as) == 1 {
				return as[0], true
			}
			return arg{}, false
		}
	}
	if t := x.topicCompany(); t != "" {
		return arg{slug: t, text: "(" + x.nameOf(t) + ")"}, true
	}
	return arg{}, false
}

// emitCopulaTitle states the relations a title gives person unit p over owners.
func (x *extractor) emitCopulaTitle(c *clauses, p int, owners []arg, words, mod string) {
	rels, past := chairTitle(words)
	if len(rels) == 0 || len(owners) != 1 {
		return
	}
	if past {
		mod += " former"
	}
	for _, rel := range rels {
		for _, pa := range c.args(x, p) {
			x.emitFact(c.s, rel, pa, owners[0], mod, 0.7, schema.Fact{})
		}
	}
}
