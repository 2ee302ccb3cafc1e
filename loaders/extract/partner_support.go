package extract

import "strings"

// Partners named by the way a joint piece of work is told rather than by a
// partner verb (issue 13, helper x13p10, on the partners3 drill):
//   - the partner of a verb of joint work in a phrase of help, not only
//     "with B": "A will co-develop the software alongside B", "A built
//     the platform with support from B", "with the help of B";
//   - a participle of partnering set in apposition after its subject:
//     "A, working with B, is fine-tuning open models" (the participle's
//     subject is the name before the comma);
//   - a possessive holder over a named modifier: "A's AI-RAN work with B",
//     "A's AI-RAN partnership with B": the holder is the partner, never the
//     modifier (a technology or an alliance's short name used as a noun).
//   - a phrase of partnership inserted between the subject and its verb:
//     "A, in partnership with B, launched an AI cloud", "A, alongside B,
//     will build ...";
//   - the definite partnership a reporting subject speaks of: "A said the
//     partnership with B would cover Norway", "Under the partnership with
//     B, A will ...";
//   - "partner" with a direct object: "A is partnering B on AI";
//   - joint work with a purpose phrase before the partner: "A will
//     co-develop software for operators with B".
// Near misses (partner_support_test.go): funding ("with funding from",
// "with backing from": investors, not partners), a person as the helper,
// a participle after a clause ("signed X, working with B" is ingSubject's),
// a negated verb.

// helpNouns make a with-phrase a phrase of help: "with support from B",
// "with the help of B", "with assistance from B". Money words (funding,
// backing, financing) are left out: those name investors.
var helpNouns = map[string]bool{"support": true, "help": true, "assistance": true}

// jointWorkPartner returns the entity unit a phrase of joint work at unit o
// names: "with B", "alongside B", "with support from B", "with the help of
// B"; -1 if the phrase names none.
func (c *clauses) jointWorkPartner(o int) int {
	if o+1 >= len(c.us) || c.us[o].Kind != 'P' {
		return -1
	}
	switch c.us[o].Lemma {
	case "with":
		if n := o + 1; n+2 < len(c.us) && c.us[n].Kind == 'N' && helpNouns[c.us[n].Lemma] && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "from" || c.us[n+1].Lemma == "of") {
			o = n + 1 // "with support from B"
		}
	case "alongside":
	default:
		return -1
	}
	k := c.skipDescriptors(o + 1)
	if k >= len(c.us) || c.us[k].Kind != 'E' || c.ents[c.us[k].ent].poss {
		return -1
	}
	return k
}

// appositiveIngSubject returns the subject of a participle set between
// commas right after a name that opens the clause ("A, working with B,
// is ..."), or -1.
func (c *clauses) appositiveIngSubject(v int) int {
	s := v - 2
	if s < 0 || c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || !c.isPunct(v-1, ",") || !c.boundary(s-1) {
		return -1
	}
	return s
}

// possessorOf returns the possessive name right before entity unit u ("A's"
// in "A's AI-RAN work"), or -1: u is then a modifier of what A holds.
func (c *clauses) possessorOf(u int) int {
	if u < 1 || c.us[u].Kind != 'E' || c.ents[c.us[u].ent].poss || len(c.ents[c.us[u].ent].ms) != 1 {
		return -1
	}
	if p := u - 1; c.us[p].Kind == 'E' && c.ents[c.us[p].ent].poss {
		return p
	}
	return -1
}

// jointWorkPartnerAfter is jointWorkPartner at unit o or, over one
// phrase of purpose or place, two units on: "co-develop software for
// operators with B".
func (c *clauses) jointWorkPartnerAfter(o int) int {
	if k := c.jointWorkPartner(o); k >= 0 {
		return k
	}
	if o+1 < len(c.us) && c.us[o].Kind == 'P' && (c.us[o].Lemma == "for" || c.us[o].Lemma == "on" || c.us[o].Lemma == "in") && c.us[o+1].Kind == 'N' {
		return c.jointWorkPartner(o + 2)
	}
	if o+1 < len(c.us) && c.us[o].Kind == 'P' && c.us[o].Lemma == "in" && c.us[o+1].Kind == 'E' && (c.isCountry(o+1) || c.unknownName(o+1)) {
		return c.jointWorkPartner(o + 2) // "developing data centres in Batam with A" (round 34)
	}
	return -1
}

// famInsertedPartner: "A, in partnership with B, launched ...", "A,
// alongside B, will build ...": a phrase of partnership between commas
// after the name that opens the clause, then the name's verb.
func (x *extractor) famInsertedPartner(c *clauses) {
	for a := 0; a+5 < len(c.us); a++ {
		if c.us[a].Kind != 'E' || c.ents[c.us[a].ent].poss || !c.boundary(a-1) || !c.isPunct(a+1, ",") || c.isPerson(x, a) {
			continue
		}
		p, k := a+2, -1
		if c.isWord(p, "in") && c.us[p+1].Kind == 'N' && frontedPartnerNouns[c.us[p+1].Lemma] && c.isWord(p+2, "with") {
			if n := c.us[p+1]; n.hasMod(tentativeMods...) || hasAnyWord(n.words, tentativeMods) {
				continue
			}
			if k = c.skipDescriptors(p + 3); k >= len(c.us) || c.us[k].Kind != 'E' {
				continue
			}
		} else if k = c.jointWorkPartner(p); k < 0 {
			continue
		}
		if c.isPerson(x, k) || !c.isPunct(k+1, ",") {
			continue
		}
		v := c.frontedVerb(k + 2) // partner_fronted.go
		if v < 0 || c.us[v].Lemma == "be" {
			continue
		}
		x.rule = "partner.inserted"
		x.partnerPairs(c, c.args(x, a), c.args(x, k), c.modText(a, v), 0.7)
	}
}

// famSpokenPartnership: "A said the partnership with B would cover
// Norway", "Under the partnership with B, A will ...": a definite
// partnership noun whose holder is the reporting subject or the subject of
// the clause after a fronted phrase.
func (x *extractor) famSpokenPartnership(c *clauses) {
	for n := 1; n+2 < len(c.us); n++ {
		u := c.us[n]
		if u.Kind != 'N' || !nominalPartnerNouns[u.Lemma] || !(strings.HasPrefix(u.words, "the ") || strings.HasPrefix(u.words, "this ")) ||
			u.hasMod(tentativeMods...) || hasAnyWord(u.words, tentativeMods) || u.hasMod("former") {
			continue
		}
		b := c.partnerNounWith(n) // partner_nominal.go
		if b < 0 || c.isPerson(x, b) {
			continue
		}
		a, v := -1, -1
		switch {
		case n >= 2 && c.us[n-1].Kind == 'V' && reportVerbs[c.us[n-1].Lemma] && !c.us[n-1].Neg:
			v = n - 1 // "A said the partnership with B ..."
			a = c.subject(v)
		case n == 1 && c.isWord(0, "under"):
			// "Under the partnership with B, A will ...": the clause reader
			// takes "B, A" for one list
			e := c.ents[c.us[b].ent]
			if len(e.ms) != 2 || c.s.text[c.s.ms[e.ms[0]].End:c.s.ms[e.ms[1]].Start] != ", " {
				continue
			}
			if v = c.frontedVerb(b + 1); v >= 0 && c.subject(v) == b && c.s.ms[e.ms[0]].Kind != 'P' && c.s.ms[e.ms[1]].Kind != 'P' {
				x.rule = "partner.spoken"
				x.partnerPairs(c, x.argOf(c.s, e.ms[1]), x.argOf(c.s, e.ms[0]), c.modText(b, v), 0.7)
			}
			continue
		}
		if a < 0 || v < 0 || c.us[a].Kind != 'E' || c.isPerson(x, a) || c.ents[c.us[a].ent].poss || len(c.args(x, a)) != 1 {
			continue
		}
		x.rule = "partner.spoken"
		x.partnerPairs(c, c.args(x, a), c.args(x, b), c.modText(a, v), 0.7)
	}
}

// unknownName reports whether entity unit u is one capitalised name the
// register does not know ("in Batam"): after "in", a place.
func (c *clauses) unknownName(u int) bool {
	ms := c.ents[c.us[u].ent].ms
	return len(ms) == 1 && c.s.ms[ms[0]].Kind == 'U' && !c.ents[c.us[u].ent].poss
}
