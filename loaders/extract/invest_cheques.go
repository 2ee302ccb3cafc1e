package extract

import "github.com/telcograph/telcograph/schema"

// This file reads two more ways news names investors without an
// investing verb (helper x13r, issue 13): cheques written into a company
// or its round ("A has since written cheques into Y's 2024 funding round
// and into Z"), and a round the investee's sentence describes by those it
// drew ("A put $200 million into Y, the sixth investor in a round that had
// already drawn B, C and D").

// famCheques reads both shapes.
func (x *extractor) famCheques(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive {
			continue
		}
		switch {
		case u.Lemma == "write" && v+1 < len(c.us) && c.us[v+1].Kind == 'N' && (c.us[v+1].Lemma == "cheque" || c.us[v+1].Lemma == "check"):
			x.chequesInto(c, v)
		case (u.Lemma == "draw" || u.Lemma == "attract") && v >= 2 && c.relative(v-1) && c.roundEndsAt(v-2):
			x.roundDrew(c, v)
		}
	}
}

// chequesInto: "A wrote cheques into Y's round and into Z".
func (x *extractor) chequesInto(c *clauses, v int) {
	subj := c.subject(v)
	if subj < 0 && v >= 2 && c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "since" && c.us[v-2].Kind == 'V' {
		subj = c.subject(v - 2) // "A has since written"
	}
	if subj < 0 || c.us[subj].Kind != 'E' {
		return
	}
	for _, p := range c.pps(v + 2) {
		if p.prep != "into" && p.prep != "to" && p.prep != "for" || c.us[p.at].Kind != 'E' || c.isCountry(p.at) {
			continue
		}
		y := p.at
		if c.ents[c.us[y].ent].poss && !(y+1 < len(c.us) && roundNoun(c.us[y+1])) {
			continue // "into Y's data centres"
		}
		x.rule = "invest.cheques-into"
		x.investEach(c, c.args(x, subj), c.args(x, y), c.modText(subj, v), 0.75)
	}
}

// roundDrew: "a round that had already drawn B, C and D", where the
// sentence already invested in one company: those drawn invested in it
// too.
func (x *extractor) roundDrew(c *clauses, v int) {
	e := c.skipDescriptors(v + 1)
	if e >= len(c.us) || c.us[e].Kind != 'E' {
		return
	}
	investee, _ := x.sentenceInvestee(c)
	if investee == "" {
		return
	}
	y := arg{slug: investee, text: "(" + x.nameOf(investee) + ")"}
	x.rule = "invest.round-drew"
	for _, a := range c.args(x, e) {
		x.emitFact(c.s, schema.RelInvestedIn, a, y, c.modText(-1, v), 0.7, schema.Fact{})
	}
}

// roundEndsAt reports whether unit k closes a round's noun phrase: the
// round noun itself, or its size after "of" ("a funding round of $114
// million that also drew B"; helper z18inv).
func (c *clauses) roundEndsAt(k int) bool {
	if roundNoun(c.us[k]) {
		return true
	}
	a := k // where the amount opens: "$" or its number
	if c.isPunct(k-1, "$") || c.isPunct(k-1, "€") || c.isPunct(k-1, "£") {
		a = k - 1
	}
	return a >= 2 && c.amountAt(a) && c.us[a-1].Kind == 'P' && c.us[a-1].Lemma == "of" && roundNoun(c.us[a-2])
}
