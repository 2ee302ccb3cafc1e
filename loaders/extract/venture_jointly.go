package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads joint ventures told by their co-owners rather than by a
// venture noun beside a founding verb (helper x13z7, issue 13):
//   - an owning or running verb whose subject is two or more companies and
//     that says they do it jointly: "A and B jointly own J", "A and B run
//     J together", "A and B will jointly control J", "The two will jointly
//     acquire J";
//   - founding owners: "A and B are the founding shareholders of the joint
//     venture" (or of J, a venture the register types as one), "J, the company that came
//     into being in 2024 with A and B as its two founding partners";
//   - a company the sentence calls a joint venture and whose owners the
//     same sentence gives: "J is itself a joint venture: A owns 65% of the
//     operator and B the remaining 35%".
//
// A venture needs two partners stated for it: two companies in one
// sentence are not enough, and a group (alliance) is never a venture here
// ("founding partners" of an alliance are founding members).

// jointOwnVerbs are the verbs of owning or running a company together.
// Buying a company jointly makes it jointly owned: "The two will jointly
// acquire Metronet".
var jointOwnVerbs = map[string]bool{"own": true, "run": true, "operate": true, "control": true, "co-own": true, "acquire": true, "buy": true}

// famVentureJointly reads the three shapes of one sentence.
func (x *extractor) famVentureJointly(c *clauses) {
	for j, u := range c.us {
		switch {
		case (u.Kind == 'V' || u.Kind == 'M') && jointOwnVerbs[u.Lemma] && !u.Passive && !u.Neg:
			x.ventureJointOwners(c, j)
		case u.Kind == 'N' && foundingOwnerNoun(u):
			x.ventureFoundingOwners(c, j)
		case sharedVenture(u) && j >= 2 && c.us[j-1].Kind == 'V' && c.us[j-1].Lemma == "be" && !c.us[j-1].Neg:
			x.ventureDeclared(c, j)
		}
	}
}

// ventureCompany reports whether unit k names one company or venture (not
// a group, a person or a place) and returns it.
func (x *extractor) ventureCompany(c *clauses, k int) (arg, bool) {
	if k < 0 || k >= len(c.us) || c.us[k].Kind != 'E' || c.isCountry(k) {
		return arg{}, false
	}
	as := c.args(x, k)
	if len(as) != 1 {
		return arg{}, false
	}
	s := x.resolve(as[0], orgTypesAll)
	if s == "" || x.typeOf(s) == schema.TypeAlliance {
		return arg{}, false
	}
	return as[0], true
}

// ventureJointOwners: verb v of owning or running with "jointly" before it
// or "together" right after its object.
func (x *extractor) ventureJointOwners(c *clauses, v int) {
	o := v + 1
	venture, ok := x.ventureCompany(c, o)
	if !ok {
		return
	}
	joint := strings.Contains(c.us[v].words, "jointly") || v > 0 && c.us[v-1].Kind == 'O' && c.us[v-1].Lemma == "jointly" ||
		o+1 < len(c.us) && c.us[o+1].Kind == 'O' && c.us[o+1].Lemma == "together" && (o+2 >= len(c.us) || !(c.us[o+2].Kind == 'P' && c.us[o+2].Lemma == "with"))
	if !joint {
		return
	}
	subj := c.subject(v)
	if subj < 0 {
		subj = c.ownerSubject(v)
	}
	for subj < 0 && v > 0 {
		// "A and B will jointly own J": over the auxiliary and the adverb
		k := v - 1
		for k >= 0 && (c.us[k].Kind == 'O' && c.us[k].tag == posAdv || c.us[k].Kind == 'O' && c.us[k].Lemma == "jointly" || c.us[k].Kind == 'V' && (c.us[k].Lemma == "will" || c.us[k].Lemma == "would")) {
			k--
		}
		if k >= 0 && c.us[k].Kind == 'E' {
			subj = k
		}
		break
	}
	owners := x.ownersAt(c, subj)
	if len(owners) < 2 || x.amongOwners(owners, venture) {
		return
	}
	x.rule = "jointVenture.jointly"
	x.jointVenture(c.s, owners, c.modText(subj, v), "named "+c.text(o, o), "", "", 0.75)
}

// amongOwners reports whether the venture is one of its own owners.
func (x *extractor) amongOwners(owners []arg, venture arg) bool {
	vs := x.resolve(venture, orgTypesAll)
	for _, a := range owners {
		if x.resolve(a, orgTypesAll) == vs {
			return true
		}
	}
	return false
}

// foundingOwnerNoun reports whether u is "the founding shareholders",
// "its two founding partners", "the founding owners".
func foundingOwnerNoun(u unit) bool {
	return (u.Lemma == "shareholder" || u.Lemma == "partner" || u.Lemma == "owner") && strings.Contains(u.words, "founding")
}

// ventureFoundingOwners: "A and B are the founding shareholders of J" and
// "J, the company that came into being with A and B as its founding
// partners".
func (x *extractor) ventureFoundingOwners(c *clauses, j int) {
	// "A and B are the founding shareholders of J / of the joint venture"
	if j >= 2 && c.us[j-1].Kind == 'V' && c.us[j-1].Lemma == "be" && !c.us[j-1].Neg {
		subj := c.subject(j - 1)
		owners := x.ownersAt(c, subj)
		ps := c.pps(j + 1)
		if len(owners) < 2 || len(ps) == 0 || ps[0].prep != "of" || ps[0].at != j+2 {
			return
		}
		// Only of a joint venture: the founding shareholders of a company
		// of any other kind, or of "the venture" (a startup, perhaps), are
		// its investors.
		name := ""
		if venture, ok := x.ventureCompany(c, ps[0].at); ok && x.typeOf(x.resolve(venture, orgTypesAll)) == schema.TypeJointVenture {
			if x.amongOwners(owners, venture) {
				return
			}
			name = "named " + c.text(ps[0].at, ps[0].at)
		} else if !ventureNoun(c.us[ps[0].at]) {
			return
		}
		x.rule = "jointVenture.founding-owners"
		x.jointVenture(c.s, owners, c.modText(subj, j-1), name, "", "", 0.75)
		return
	}
	// "with A and B as its (two) founding partners"
	if !strings.HasPrefix(c.us[j].words, "its ") || j < 3 || c.us[j-1].Kind != 'P' || c.us[j-1].Lemma != "as" ||
		c.us[j-2].Kind != 'E' || c.us[j-3].Kind != 'P' || c.us[j-3].Lemma != "with" {
		return
	}
	owners := c.args(x, j-2)
	if len(owners) < 2 {
		return
	}
	// "its" is the company the clause is about: the last one named before
	// the with-phrase, over its description and a relative clause.
	for k := j - 4; k >= 0; k-- {
		if c.us[k].Kind != 'E' {
			if c.boundary(k) {
				return
			}
			continue
		}
		venture, ok := x.ventureCompany(c, k)
		if !ok || x.amongOwners(owners, venture) {
			return
		}
		x.rule = "jointVenture.founding-owners"
		x.jointVenture(c.s, owners, c.text(k, j), "named "+c.text(k, k), "", "", 0.7)
		return
	}
}

// ventureDeclared: "J is (itself) a joint venture: A owns 65% of the
// operator and B the remaining 35%" - the owners the same sentence gives
// J are its partners, read from the stakes stated so far.
func (x *extractor) ventureDeclared(c *clauses, j int) {
	subj := c.subject(j - 1)
	if subj < 0 {
		subj = j - 2
	}
	venture, ok := x.ventureCompany(c, subj)
	if !ok {
		return
	}
	slug := x.resolve(venture, orgTypesAll)
	var owners []arg
	seen := map[string]bool{}
	for _, e := range x.facts {
		if e.Relation != schema.RelInvestedIn || e.Evidence != c.s.text || e.Object.ID != slug || seen[e.Subject.ID] {
			continue
		}
		seen[e.Subject.ID] = true
		owners = append(owners, arg{slug: e.Subject.ID, text: e.Subject.Text})
	}
	if len(owners) < 2 {
		return
	}
	x.rule = "jointVenture.declared"
	x.jointVenture(c.s, owners, c.modText(subj, j-1), "named "+c.text(subj, subj), "", "", 0.7)
}
