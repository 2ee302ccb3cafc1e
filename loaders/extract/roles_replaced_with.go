package extract

import (
	"github.com/telcograph/telcograph/schema"
)

// A post given by its organisation to a new holder in place of the old
// one (issue 13, round 30, from dev17):
//
//   - "Verizon on Monday replaced chief executive Hans Vestberg with board
//     member Dan Schulman": the one put in with "with" takes the title the
//     one replaced held at the replacing organisation;
//   - "an emergency board meeting removed P as executive chairman and put
//     Q in his place": the one put, installed or named "in his place"
//     takes the title the one removed held.
//
// The title is the one the article gives the holder replaced (passTitle,
// roles_passed_on.go): this sentence's first, one title at one
// organisation, else nothing.

// placeVerbs put a person in another's place.
var placeVerbs = map[string]bool{"put": true, "install": true, "name": true, "appoint": true}

// famReplacedWith reads both shapes on one sentence.
func (x *extractor) famReplacedWith(c *clauses) {
	for v := 1; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg {
			continue
		}
		switch {
		case u.Lemma == "replace":
			x.replacedWith(c, v)
		case placeVerbs[u.Lemma]:
			x.putInPlace(c, v)
		}
	}
}

// replacedWith: "ORG replaced [title] Q with [description] P", the verb
// at v.
func (x *extractor) replacedWith(c *clauses, v int) {
	s := c.subject(v)
	if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) {
		return
	}
	orgs := c.args(x, s)
	if len(orgs) != 1 {
		return
	}
	org := x.resolve(orgs[0], companyTypes)
	q := v + 1
	if q < len(c.us) && (c.us[q].Kind == 'M' || c.us[q].Kind == 'N') {
		q++ // "chief executive Q"
	}
	if c.person(x, q) != q || c.ents[c.us[q].ent].poss || q+2 >= len(c.us) || c.us[q+1].Kind != 'P' || c.us[q+1].Lemma != "with" {
		return
	}
	p := q + 2
	if p+1 < len(c.us) && (c.us[p].Kind == 'M' || c.us[p].Kind == 'N') {
		p++ // "with board member P"
	}
	if c.person(x, p) != p || c.ents[c.us[p].ent].poss {
		return
	}
	x.passTitle(c, q, p, func(f schema.Fact) bool { return org == "" || f.Object.ID == org }, c.modText(s, v))
}

// putInPlace: "... removed Q as T and put P in his place", the placing
// verb at v: Q is the object of a verb of removal or replacement earlier
// in the sentence.
func (x *extractor) putInPlace(c *clauses, v int) {
	p := v + 1
	if c.person(x, p) != p || c.ents[c.us[p].ent].poss || p+2 >= len(c.us) || c.us[p+1].Kind != 'P' || c.us[p+1].Lemma != "in" {
		return
	}
	if w := c.us[p+2].words; c.us[p+2].Kind != 'N' || w != "his place" && w != "her place" && w != "their place" {
		return
	}
	for k := v - 1; k > 0; k-- {
		w := c.us[k]
		if w.Kind != 'V' || w.Passive || w.Neg || !oustLemmas[w.Lemma] && w.Lemma != "replace" {
			continue
		}
		if q := k + 1; c.person(x, q) == q && !c.ents[c.us[q].ent].poss {
			x.passTitle(c, q, p, func(schema.Fact) bool { return true }, c.modText(p, v))
		}
		return
	}
}
