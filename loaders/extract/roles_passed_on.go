package extract

import (
	"slices"
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A post passed from one holder to the next (round 15, roles5 drill), told
// with the predecessor as the subject, so the successor's title is the one
// the predecessor held:
//
//   - a post handed on by its holder: "P, who had been chief executive of
//     X since 2019, handed the role to Q", "P ... handed the reins to Q on
//     April 1 and became chairman" (the reins are the title told before
//     the verb, not the one after), "P passed the baton to Q";
//   - the holder succeeded in the passive: "P, its chief executive, was
//     succeeded by Q in May", "P was succeeded at X by Q", "P will be
//     replaced by Q" (planned).
//
// The title is the one the article gives the predecessor: first in this
// sentence (for a handing, only the titles worded before the verb), else
// anywhere before; it must be one title at one organisation. famHandedPost
// (roles_handed.go) reads an organisation handing a named post; the
// "step down ... and be succeeded by Q" of one sentence is famHandover's
// (roles_takeover.go).

// passedPosts are the nouns of a post handed on whose title is the
// holder's ("the role", "the reins"); a post that names its title ("the
// chairmanship") keeps it (handedPosts).
var passedPosts = map[string]bool{"role": true, "job": true, "post": true, "position": true, "reins": true, "baton": true, "helm": true, "top job": true, "top post": true, "top role": true}

// famPassedOn reads both shapes on one sentence.
func (x *extractor) famPassedOn(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Neg {
			continue
		}
		switch {
		case !u.Passive && (u.Lemma == "hand" || u.Lemma == "pass"):
			x.postHandedOn(c, v)
		case u.Passive && (u.Lemma == "succeed" || u.Lemma == "replace"):
			x.holderSucceeded(c, v)
		}
	}
}

// postHandedOn: "P handed the role to Q" with the verb at v.
func (x *extractor) postHandedOn(c *clauses, v int) {
	if c.us[v+1].Kind != 'N' {
		return
	}
	post := c.us[v+1].words
	for _, d := range []string{"the ", "his ", "her ", "its ", "their "} {
		post = strings.TrimPrefix(post, d)
	}
	rel, named := handedPosts[post]
	if !named && !passedPosts[post] {
		return
	}
	s := c.passingHolder(x, v)
	if s < 0 {
		return
	}
	q := -1
	for k := v + 2; k+1 < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind == 'P' && c.us[k].Lemma == "to" {
			q = c.person(x, k+1)
			break
		}
	}
	if q < 0 || c.ents[c.us[q].ent].poss {
		return
	}
	before := strings.ToLower(c.text(0, v-1))
	x.passTitle(c, s, q, func(f schema.Fact) bool {
		if named {
			return f.Relation == rel
		}
		// a title of this sentence is the one worded before the verb
		return f.Evidence != c.s.text || titleWorded(before, f.Relation)
	}, c.modText(s, v))
}

// holderSucceeded: "P was succeeded (at X) by Q" with the verb at v.
func (x *extractor) holderSucceeded(c *clauses, v int) {
	s := c.passingHolder(x, v)
	if s < 0 {
		return
	}
	at, as, q := "", "", -1
	for k := v + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind != 'P' {
			continue
		}
		switch c.us[k].Lemma {
		case "at":
			if c.us[k+1].Kind == 'E' && !c.isPerson(x, k+1) {
				if as := c.args(x, k+1); len(as) == 1 {
					at = x.resolve(as[0], companyTypes)
				}
			}
		case "as":
			as = c.us[k+1].words
		case "by":
			q = c.person(x, k+1)
			if q < 0 {
				q = c.describedPerson(x, k+1) // "by finance chief Q" (roles_successor_desc.go)
			}
		}
		if q >= 0 || c.us[k].Lemma == "by" {
			break
		}
	}
	if q < 0 || q == s || c.ents[c.us[q].ent].poss {
		return
	}
	var rels []schema.Relation
	if as != "" {
		if rels, _ = titleRels(as); len(rels) == 0 {
			return // "succeeded as finance chief by Q"
		}
	}
	x.passTitle(c, s, q, func(f schema.Fact) bool {
		return (at == "" || f.Object.ID == at) && (rels == nil || rels[0] == f.Relation)
	}, c.modText(s, v))
}

// passingHolder is the person unit that is the subject of the verb at v, also
// over a relative clause with a verb of its own ("P, who had run X as
// chief executive, handed") or a title before the name ("its chairman, P,
// would hand"); -1 when the subject is no person.
func (c *clauses) passingHolder(x *extractor, v int) int {
	if s := c.subject(v); s >= 0 && c.person(x, s) == s {
		return s
	}
	if !c.isPunct(v-1, ",") {
		return -1
	}
	if c.isPunct(v-3, ",") && c.person(x, v-2) == v-2 {
		return v - 2
	}
	for k := v - 2; k > 0 && !c.boundary(k); k-- {
		if c.relative(k) && c.us[k].words == "who" {
			p := k - 1
			if c.isPunct(p, ",") {
				p--
			}
			if c.person(x, p) == p {
				return p
			}
			return -1
		}
	}
	return -1
}

// titleWorded reports whether text words a title of relation rel.
func titleWorded(text string, rel schema.Relation) bool {
	switch rel {
	case schema.RelCEOOf:
		return strings.Contains(text, "chief executive") || strings.Contains(text, "ceo") || strings.Contains(text, "boss")
	case schema.RelChairmanOf:
		return strings.Contains(text, "chair")
	}
	return false
}

// passTitle gives successor unit q the one title (relation and
// organisation) the article has given predecessor unit p that keep
// accepts: this sentence's titles first, else those of the sentences
// before. Several titles, or none, state nothing.
func (x *extractor) passTitle(c *clauses, p, q int, keep func(schema.Fact) bool, modText string) {
	pa, qa := c.args(x, p), c.args(x, q)
	if len(pa) != 1 || len(qa) != 1 || pa[0].slug == "" || pa[0].slug == qa[0].slug {
		return
	}
	held := x.heldTitles(pa[0].slug, func(f schema.Fact) bool {
		return f.Modality != schema.Planned && f.Evidence == c.s.text && keep(f)
	})
	if len(held) == 0 {
		held = x.heldTitles(pa[0].slug, func(f schema.Fact) bool { return f.Modality != schema.Planned && keep(f) })
	}
	if len(held) != 1 {
		return
	}
	x.rule = "title.passed-on"
	x.emitFact(c.s, held[0].rel, qa[0], arg{slug: held[0].org.ID, text: held[0].org.Text}, modText, 0.65, schema.Fact{})
}

// heldTitle is a title the article gave a person: the relation and the
// organisation.
type heldTitle struct {
	rel schema.Relation
	org schema.Mention
}

// heldTitles are the distinct titles (chief executive, chair) the facts
// so far give person that keep accepts.
func (x *extractor) heldTitles(person string, keep func(schema.Fact) bool) []heldTitle {
	var held []heldTitle
	for _, f := range x.facts {
		if f.Subject.ID != person || f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf || !keep(f.Fact) {
			continue
		}
		if !slices.ContainsFunc(held, func(h heldTitle) bool { return h.rel == f.Relation && h.org.ID == f.Object.ID }) {
			held = append(held, heldTitle{f.Relation, f.Object})
		}
	}
	return held
}
