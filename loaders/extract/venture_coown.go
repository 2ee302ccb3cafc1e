package extract

import (
	"regexp"
)

// Joint ventures told by their owners' shared ownership (issue 13, helper
// x13p9, on the partners2 drill):
//   - a verb of owning together with a venture noun: "A and B co-own a
//     fibre venture, J, with C" (C a third owner), "A and B co-own J, a
//     joint venture";
//   - a relative clause on the venture: "J, the consulting business that A
//     and B founded as a joint venture in 2000", "J, which A and B set up
//     as a joint venture".
// Near misses: owners of a company no venture noun calls a joint venture
// ("A and B co-own J", "each own half of Lawson": ownership, the heldout
// convention), a named thing that is no company ("co-own the J brand"), a
// negated verb, a relative clause with one founder.

// coOwnRE: "co-own", "jointly own", "together own" opening a unit.
var coOwnRE = regexp.MustCompile(`^(?:(?:will|would|now|still|already|also) )*(?:co-owns?|co-owned|jointly owns?|together owns?|jointly hold|jointly holds)\b`)

// famVentureCoOwn reads the shapes above.
func (x *extractor) famVentureCoOwn(c *clauses) {
	for k, u := range c.us {
		if u.Neg || u.Passive {
			continue
		}
		switch {
		case (u.Kind == 'N' || u.Kind == 'V' || u.Kind == 'M') && coOwnRE.MatchString(u.words):
			x.ventureCoOwned(c, k)
		case ventureNoun(u):
			x.ventureRelative(c, k)
		}
	}
}

// ownersBefore is the entity unit of two or more owners before unit k,
// over adverbs ("A and B also co-own"); -1 when there is none.
func (x *extractor) ownersBefore(c *clauses, k int) int {
	j := k - 1
	for j >= 0 && c.us[j].Kind == 'O' && c.us[j].tag == posAdv {
		j--
	}
	if j < 0 || c.us[j].Kind != 'E' || c.ents[c.us[j].ent].poss || len(c.args(x, j)) < 2 || c.isPerson(x, j) {
		return -1
	}
	return j
}

// ventureName is the named venture at unit e, or -1: a company, neither
// a person, a possessive nor one of the owners.
func (x *extractor) ventureName(c *clauses, e int, owners []arg) int {
	if e < 0 || e >= len(c.us) || c.us[e].Kind != 'E' || c.ents[c.us[e].ent].poss || c.isPerson(x, e) {
		return -1
	}
	as := c.args(x, e)
	if len(as) != 1 {
		return -1
	}
	slug := x.resolve(as[0], companyTypes)
	if slug == "" {
		return -1
	}
	for _, o := range owners {
		if x.resolve(o, orgTypesAll) == slug {
			return -1
		}
	}
	return e
}

// ventureCoOwned: "A and B co-own J", "co-own a fibre venture, J, with C".
func (x *extractor) ventureCoOwned(c *clauses, k int) {
	o := x.ownersBefore(c, k)
	if o < 0 {
		return
	}
	owners := c.args(x, o)
	e := -1
	switch u := c.us[k]; {
	case u.Kind == 'V' || u.Kind == 'M':
		// "co-own J, a joint venture" ("co-own" may read as a describing word)
		if f := c.skipDescriptors(k + 1); c.isPunct(f+1, ",") && f+2 < len(c.us) && ventureNoun(c.us[f+2]) {
			e = f
		}
	case u.Lemma == "venture" || u.Lemma == "jv":
		if c.isPunct(k+1, ",") {
			e = k + 2 // "co-own a fibre venture, J,"
		}
	}
	e = x.ventureName(c, e, owners)
	if e < 0 {
		return
	}
	parts := append([]arg(nil), owners...)
	w := e + 1
	if c.isPunct(w, ",") {
		w++
	}
	if w < len(c.us) && ventureNoun(c.us[w]) {
		w++ // "co-own J, a joint venture, with C"
		if c.isPunct(w, ",") {
			w++
		}
	}
	if w+1 < len(c.us) && c.us[w].Kind == 'P' && c.us[w].Lemma == "with" {
		if p := c.skipDescriptors(w + 1); p < len(c.us) && c.us[p].Kind == 'E' && !c.ents[c.us[p].ent].poss && !c.isPerson(x, p) {
			parts = append(parts, c.args(x, p)...)
		}
	}
	x.rule = "jointVenture.co-own"
	x.jointVenture(c.s, parts, c.text(o+1, k), "named "+c.text(e, e), "", "", 0.7)
}

// ventureRelative: "J, the business that A and B founded as a joint
// venture", "J, which A and B set up as a joint venture".
func (x *extractor) ventureRelative(c *clauses, j int) {
	if j < 5 || c.us[j-1].Kind != 'P' || c.us[j-1].Lemma != "as" {
		return
	}
	v, s, r := j-2, j-3, j-4
	if c.us[v].Kind != 'V' || !ventureFoundVerbs[c.us[v].Lemma] || c.us[v].Passive || c.us[v].Neg || !c.relative(r) {
		return
	}
	if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) {
		return
	}
	owners := c.args(x, s)
	if len(owners) < 2 {
		return
	}
	e := r - 1
	if c.isPunct(e, ",") {
		e--
	} else if c.us[e].Kind == 'N' && e >= 2 && c.isPunct(e-1, ",") {
		e -= 2 // "J, the consulting business that"
	}
	if e = x.ventureName(c, e, owners); e < 0 {
		return
	}
	x.rule = "jointVenture.relative"
	x.jointVenture(c.s, owners, c.modText(s, v), "named "+c.text(e, e), "", shareRE.FindString(c.text(j, j)), 0.7)
}
