package extract

import "github.com/telcograph/telcograph/schema"

// The group a passive "chaired by" clause with a described subject is
// about (issue 13, dev3): "Its board is chaired by P" opening a sentence
// is the board of the previous sentence's subject ("T-Mobile is in the
// middle of a leadership change: ... Its board is chaired by P"), not of
// the company the article is mostly about; "The group is chaired by P"
// is the alliance under discussion when one was named in the last three
// sentences. The person's own affiliation after the name ("P of AMD", "P,
// a technical director at AMD") is never the organisation whose board the
// clause means: a writer would not name the company twice.

// impliedChaired reads the noun unit j before the passive verb v.
func (x *extractor) impliedChaired(c *clauses, j, v int) (arg, bool) {
	if l := c.us[v].Lemma; l != "chair" && l != "co-chair" {
		return arg{}, false
	}
	u := c.us[j]
	switch {
	case j == 0 && (u.words == "its board" || u.words == "its supervisory board") && x.prevSubj != "":
		return arg{slug: x.prevSubj, text: "(" + x.nameOf(x.prevSubj) + ")"}, true
	case allianceNouns[u.Lemma] && (u.words == "the "+u.Lemma) && x.curAlli != "" && x.sentIdx-x.lastSeen[x.curAlli] <= 3:
		return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
	}
	return arg{}, false
}

// affiliation is the organisation person unit p is said to work for right
// after the name: "P of AMD", "P at AMD", "P, a director at AMD". It
// returns its slug or "".
func (c *clauses) affiliation(x *extractor, p int) string {
	k := p + 1
	if c.isPunct(k, ",") && k+1 < len(c.us) && c.us[k+1].Kind == 'N' {
		k += 2 // ", a technical director"
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || (c.us[k].Lemma != "of" && c.us[k].Lemma != "at") || c.us[k+1].Kind != 'E' {
		return ""
	}
	if as := c.args(x, k+1); len(as) == 1 {
		return x.resolve(as[0], orgTypesAll)
	}
	return ""
}

// chairObjectRelative: "Stargate, the company that A and B formed in
// January and which P chairs": a person chairing the antecedent of an
// object relative pronoun, over a second relative joined by "and" and a
// description in apposition to the name. subj is the person's unit.
func (x *extractor) chairObjectRelative(c *clauses, v, subj int) bool {
	r := subj - 1
	if !c.relative(r) || c.us[r].words == "who" || c.us[r].words == "whose" || !c.isPerson(x, subj) {
		return false
	}
	j := r - 1
	if j >= 0 && c.us[j].Kind == 'O' && c.us[j].words == "and" {
		for j--; j >= 0 && !c.relative(j); j-- {
			if c.isPunct(j, ".") || c.isPunct(j, ";") {
				return false
			}
		}
		j-- // the first relative's antecedent
	}
	if c.isPunct(j, ",") {
		j--
	}
	if j < 0 || c.us[j].Kind != 'E' || c.isPerson(x, j) || c.isCountry(j) {
		return false
	}
	if j >= 2 && c.isDescription(x, j) && c.isPunct(j-1, ",") && c.us[j-2].Kind == 'E' && !c.isPerson(x, j-2) {
		j -= 2 // the name the description stands beside
	}
	orgs := c.args(x, j)
	if len(orgs) != 1 {
		return false
	}
	x.emitFact(c.s, schema.RelChairmanOf, c.args(x, subj)[0], orgs[0], c.modText(subj, v), 0.75, schema.Fact{})
	return true
}

// affiliatedSubject is the person before "P of X chairs": the subject
// unit s is X, the person's affiliation, not the one who chairs.
func (c *clauses) affiliatedSubject(x *extractor, s int) int {
	if s >= 2 && c.us[s-1].Kind == 'P' && (c.us[s-1].Lemma == "of" || c.us[s-1].Lemma == "at") && c.us[s-2].Kind == 'E' && c.isPerson(x, s-2) && !c.isPerson(x, s) {
		return s - 2
	}
	return s
}
