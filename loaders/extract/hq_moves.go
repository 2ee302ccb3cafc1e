package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a headquarters move (issue 13, the roles drill): "Veon
// is relocating its headquarters from the Netherlands to the United Arab
// Emirates", "X moved its head office to Y", "X will move its HQ to Y".
// The destination is where the organisation is headquartered (in progress
// while it is moving, planned when it will, asserted once it has); the
// origin is still its seat while the move is under way or planned, and a
// past one once it has moved. Only countries count: a move "to Dubai" or
// "a move to Singapore" under study without "its headquarters" states
// nothing, and a negated move states nothing.

// moveLemmas are the verbs of moving a seat.
// The lemmatizer cuts "relocating"/"relocated" to "relocat", which counts
// too.
var moveLemmas = map[string]bool{"move": true, "relocate": true, "relocat": true, "shift": true, "transfer": true}

// moveIntentLemmas are the verbs that put a move ahead: "plans to move
// its headquarters", "intends to relocate its head office".
var moveIntentLemmas = map[string]bool{"plan": true, "intend": true, "aim": true, "prepare": true, "seek": true, "want": true, "propose": true}

// seatNouns are the nouns of an organisation's seat.
var seatNouns = map[string]bool{"headquarters": true, "headquarter": true, "hq": true, "office": true, "offices": true, "seat": true, "base": true}

// famHQMove runs the shape above on one sentence.
func (x *extractor) famHQMove(c *clauses) {
	for v := 0; v+4 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || !moveLemmas[u.Lemma] {
			continue
		}
		at := v + 1
		if c.us[at].Kind == 'E' && (c.us[at].words == "its" || c.us[at].words == "their") {
			at++ // the owner's pronoun is a unit of its own
		}
		n := c.us[at]
		if n.Kind != 'N' || !seatNouns[n.Lemma] || at == v+1 && !(strings.HasPrefix(n.words, "its ") || strings.HasPrefix(n.words, "their ")) ||
			(n.Lemma == "office" || n.Lemma == "offices") && !strings.Contains(n.words, "head office") {
			continue
		}
		var from, to int = -1, -1
		for k := at + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
			e := k + 1
			if c.us[e].Kind == 'M' && c.us[e].words == "the" && e+1 < len(c.us) && x.namesCountry(c, e+1) {
				e++ // "to the United Arab Emirates": the article is a unit of its own
			}
			if c.us[k].Kind != 'P' || c.us[e].Kind != 'E' || !c.isCountry(e) || c.ents[c.us[e].ent].poss {
				if c.us[k].Kind == 'V' {
					break
				}
				continue
			}
			switch c.us[k].Lemma {
			case "from":
				from = e
			case "to":
				to = e
			}
		}
		if to < 0 {
			continue
		}
		sv, intent := v, false
		if v >= 2 && c.us[v-1].Kind == 'P' && c.us[v-1].words == "to" && c.us[v-2].Kind == 'V' && moveIntentLemmas[c.us[v-2].Lemma] {
			if c.us[v-2].Neg {
				continue
			}
			sv, intent = v-2, true // "plans to move": the planner is the mover
		}
		s, org, ok := c.soleOrgSubject(x, sv)
		if !ok {
			continue
		}
		mod := c.modText(s, v)
		m, drop := modalityOf(mod)
		if drop {
			continue
		}
		if intent {
			mod, m = "planned", schema.Planned
		}
		moving := m == "" && c.ts[u.Head].Form == formIng
		toMod, fromMod := mod, mod
		switch {
		case moving:
			toMod, fromMod = "in the process of", ""
		case m == schema.Planned:
			fromMod = ""
		case m == "":
			fromMod = "former"
		}
		x.rule = "hq.move"
		if as := c.args(x, to); len(as) == 1 {
			x.emitFact(c.s, schema.RelHeadquarteredIn, org, as[0], toMod, 0.75, schema.Fact{})
		}
		if from >= 0 {
			if as := c.args(x, from); len(as) == 1 {
				x.emitFact(c.s, schema.RelHeadquarteredIn, org, as[0], fromMod, 0.7, schema.Fact{})
			}
		}
	}
}

// namesCountry reports whether unit u is a country called by its name
// ("the United Arab Emirates"), not a description that resolves to one
// ("the French capital" is a city).
func (x *extractor) namesCountry(c *clauses, u int) bool {
	if c.us[u].Kind != 'E' || !c.isCountry(u) {
		return false
	}
	m := c.s.ms[c.ents[c.us[u].ent].ms[0]]
	_, ok := x.itemCountry(strings.TrimPrefix(m.Text, "the "), true)
	return ok
}

// soleOrgSubject is the subject of verb v when it is one organisation (not
// a person, not a country): its unit and its argument.
func (c *clauses) soleOrgSubject(x *extractor, v int) (int, arg, bool) {
	s := c.subject(v)
	if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
		return s, arg{}, false
	}
	orgs := c.args(x, s)
	if len(orgs) != 1 {
		return s, arg{}, false
	}
	return s, orgs[0], true
}
