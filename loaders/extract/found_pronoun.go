package extract

import "github.com/telcograph/telcograph/schema"

// famFoundPronoun: "It was launched at MWC2024 in Barcelona." - a passive
// founding verb whose subject is an "it" coreference left unresolved is
// about the group in focus (coref_focus.go), when that group was named
// within the last three sentences and nothing named since could be what
// "it" stands for (helper x13z7, issue 13). "Nokia unveiled a server. It
// was launched at MWC" founds nothing: the server came after the group.
func (x *extractor) famFoundPronoun(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || !u.Passive || u.Neg || !(founders[u.Lemma] || u.Lemma == "launch" || u.Lemma == "start") {
			continue
		}
		subj := v - 1
		if subj < 0 || c.us[subj].Kind != 'N' || c.us[subj].words != "it" || subj > 0 && !c.boundary(subj-1) && !c.isPunct(subj-1, ":") {
			continue
		}
		g := x.focusNear(c)
		if g == "" {
			return
		}
		x.rule = "found.pronoun-focus"
		a := arg{slug: g, text: "(" + x.nameOf(g) + ")"}
		if x.emitFact(c.s, schema.RelFounded, a, arg{}, c.modText(subj, v), 0.7, schema.Fact{Date: x.dateOf(c.s)}) {
			x.foundedNow = g
		}
		return
	}
}

// focusNear is the group in focus when it was named within the last three
// sentences and no other organisation or person was named after it, in
// this sentence or between.
func (x *extractor) focusNear(c *clauses) string {
	g := x.focusRecent(c, x.sentIdx+1)
	if g == "" {
		return ""
	}
	for _, m := range c.s.ms {
		if m.Slug != "" && m.Slug != g && x.typeOf(m.Slug) != schema.TypeCountry {
			return ""
		}
	}
	return g
}

// focusRecent is the group in focus when it was named within the last
// three sentences and no other organisation or person was named after it
// in a sentence before sentence upto, or "".
func (x *extractor) focusRecent(c *clauses, upto int) string {
	g := x.groupFocus(c)
	if g == "" {
		return ""
	}
	at, ok := x.lastSeen[g]
	if !ok || x.sentIdx-at > 3 {
		return ""
	}
	for s, i := range x.lastSeen {
		if s != g && i > at && i < upto && x.typeOf(s) != schema.TypeCountry {
			return ""
		}
	}
	return g
}
