package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A counted plural that joins without saying what - "Both joined in
// 2021", "The two newest members signed up in the summer" - joins the
// group in reach (frames_group.go) or, failing that, the group in focus
// (coref_focus.go). The frame layer leaves such plurals alone (which list
// they stand for is a guess); here the plural has been resolved to a list
// of exactly its count (coref.go, coref_lists.go) and the verb has no
// object, so the only guess left is the group, which the focus decides or
// nothing does.

// famRelativeJoined reads a relative clause that joins without an object
// after an organisation: "They join A, which came aboard in December",
// "A, which signed up last year, makes radios" - A joined the group in
// reach or in focus.
func (x *extractor) famRelativeJoined(c *clauses) {
	for v := 3; v < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || c.us[v-1].words != "which" && c.us[v-1].words != "that" || !c.isPunct(v-2, ",") || c.us[v-3].Kind != 'E' {
			continue
		}
		k := v + 1
		switch {
		case u.Lemma == "come" && k < len(c.us) && aboard(c.us[k].words):
			k++
		case joinsObject[u.Lemma] && u.Lemma != "belong":
		default:
			continue
		}
		for k < len(c.us) && c.us[k].Kind == 'M' {
			k++
		}
		if k < len(c.us) && (c.us[k].Kind == 'E' || c.us[k].Kind == 'N' && !timeUnit(c.us[k].words)) {
			continue // "which joined the board", "which joined X"
		}
		subj := v - 3
		if c.isPerson(x, subj) || c.ents[c.us[subj].ent].poss {
			continue
		}
		if !x.joinFocusGroup(c, subj, "members.relative-joined", c.text(v, k-1)) {
			return
		}
	}
}

// famIntoFold reads "A and B bring two more operators into the fold": the
// subject joined the group in reach or in focus. What is brought must be
// no name ("A brought B into the fold" may be a takeover).
func (x *extractor) famIntoFold(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || u.Lemma != "bring" {
			continue
		}
		k := v + 1
		for k < len(c.us) && (c.us[k].Kind == 'N' || c.us[k].Kind == 'O' && c.us[k].words != "," || c.us[k].Kind == 'M') {
			k++
		}
		if k+1 >= len(c.us) || k == v+1 || c.us[k].Kind != 'P' || c.us[k].Lemma != "into" || c.us[k+1].words != "the fold" {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.isPerson(x, subj) {
			continue
		}
		x.joinFocusGroup(c, subj, "members.into-fold", c.modText(subj, v))
		return
	}
}

// newcomerWords may stand between a count and a member noun in a
// description of earlier-named parties: "the two newest members".
var newcomerWords = map[string]bool{"new": true, "newest": true, "latest": true, "founding": true}

// famGroupJoined reads a counted plural as the subject of a bare joining
// verb.
func (x *extractor) famGroupJoined(c *clauses) {
	for v := 1; v < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg || !joinsObject[u.Lemma] || u.Lemma == "belong" {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || !c.groupOnly(subj) {
			continue
		}
		k := v + 1
		for k < len(c.us) && c.us[k].Kind == 'M' {
			k++
		}
		if k < len(c.us) && (c.us[k].Kind == 'E' || c.us[k].Kind == 'N' && !timeUnit(c.us[k].words)) {
			continue // "both joined the board", "joined forces"
		}
		x.joinFocusGroup(c, subj, "members.group-joined", c.modText(subj, v))
		return
	}
}

// groupOnly reports whether unit k is an entity unit made of resolved
// group descriptions only ("both", "the two newest members").
func (c *clauses) groupOnly(k int) bool {
	if c.us[k].Kind != 'E' {
		return false
	}
	ms := c.ents[c.us[k].ent].ms
	for _, i := range ms {
		if c.s.ms[i].Kind != 'G' || len(c.s.ms[i].Group) < 2 {
			return false
		}
	}
	return len(ms) > 0
}

// pluralVerbNext reports whether word w, right after "both" or "all N",
// is a verb those words are the subject of ("Both joined", "all three
// signed"), which the guard against "the two men" would otherwise read as
// a noun.
func pluralVerbNext(w string) bool {
	switch w {
	case "joined", "signed", "enlisted", "rejoined", "also", "belong", "sit":
		return true
	}
	return false
}

// timeUnit reports whether a noun phrase after a verb is a time that opens
// with its time word ("last year", "this week", "2021"), not an object
// the chunker ran into one ("forces last year").
func timeUnit(words string) bool {
	first, _, _ := strings.Cut(words, " ")
	switch first {
	case "last", "this", "next", "early", "late", "earlier", "later":
		return true
	}
	return temporal(first)
}

// aboard reports whether a noun phrase after "come" is "aboard" or "on
// board", alone or run into a time ("aboard last year").
func aboard(w string) bool {
	for _, p := range []string{"aboard", "on board"} {
		if w == p || strings.HasPrefix(w, p+" ") && timeUnit(strings.TrimPrefix(w, p+" ")) {
			return true
		}
	}
	return false
}

// joinFocusGroup states that the parties of entity unit subj joined the
// group in reach, else the group in focus (coref_focus.go), under rule;
// it reports false when there is no such group.
func (x *extractor) joinFocusGroup(c *clauses, subj int, rule, modText string) bool {
	g, _ := x.groupInReach(false, false, false, false)
	if g == "" {
		g = x.groupFocus(c)
	}
	if g == "" {
		return false
	}
	x.rule = rule
	group := arg{slug: g, text: "(" + x.nameOf(g) + ")"}
	for _, a := range c.args(x, subj) {
		if a.slug != g {
			x.emitFact(c.s, schema.RelMemberOf, a, group, modText, 0.6, schema.Fact{Since: x.dateOf(c.s)})
		}
	}
	return true
}
