package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A post handed to a person (issue 13; dev2, dev3): "Verizon ousted Q on
// October 6 and handed the top job, effective immediately, to P", "an
// extraordinary board meeting at Telefonica ended the tenure of Q ... and
// handed the executive chairmanship to P". The post noun says the
// relation ("the top job" is the chief executive's, "the chairmanship"
// the chair's); the organisation is the subject of "hand" when it is one,
// else the first organisation the sentence names. One ousted or removed
// by the same sentence before the handing held the post (the dev2 gold
// counts Vestberg as Verizon's former chief executive). The regex rule "X
// handed the top job to P" (roles_bare.go) reads the plain top job; this
// adds the chair's posts, a subject that is no organisation and the one
// ousted.

// handedPosts maps a post noun phrase (without its determiner) to the
// relation it states.
var handedPosts = map[string]schema.Relation{
	"top job": schema.RelCEOOf, "chief executive job": schema.RelCEOOf, "chief executive role": schema.RelCEOOf,
	"chief executive post": schema.RelCEOOf, "ceo job": schema.RelCEOOf, "ceo role": schema.RelCEOOf, "ceo post": schema.RelCEOOf,
	"chairmanship": schema.RelChairmanOf, "executive chairmanship": schema.RelChairmanOf, "chair": schema.RelChairmanOf,
}

// oustLemmas remove a holder from a post.
var oustLemmas = map[string]bool{"oust": true, "remove": true, "fire": true, "dismiss": true, "sack": true}

// famHandedPost runs the shape above on one sentence.
func (x *extractor) famHandedPost(c *clauses) {
	for v := 1; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "hand" || u.Passive || u.Neg || c.us[v+1].Kind != 'N' {
			continue
		}
		post := c.us[v+1].words
		for _, d := range []string{"the ", "its ", "their "} {
			post = strings.TrimPrefix(post, d)
		}
		rel, ok := handedPosts[post]
		if !ok {
			continue
		}
		p := -1
		for k := v + 2; k+1 < len(c.us) && !c.boundary(k); k++ {
			if c.us[k].Kind == 'P' && c.us[k].Lemma == "to" {
				if c.us[k+1].Kind == 'E' && c.isPerson(x, k+1) && !c.ents[c.us[k+1].ent].poss {
					p = k + 1
				}
				break
			}
		}
		if p < 0 {
			continue
		}
		org, ok := x.handingOrg(c, v)
		if !ok {
			continue
		}
		x.rule = "title.handed"
		x.emitFact(c.s, rel, c.args(x, p)[0], org, u.words, 0.7, schema.Fact{})
		for w := 0; w < v; w++ {
			if c.us[w].Kind == 'V' && oustLemmas[c.us[w].Lemma] && !c.us[w].Passive && !c.us[w].Neg {
				if q := c.person(x, w+1); q == w+1 && !c.ents[c.us[q].ent].poss {
					x.emitFact(c.s, rel, c.args(x, q)[0], org, "former", 0.65, schema.Fact{})
				}
			}
		}
	}
}

// handingOrg is the organisation that hands a post at verb v: its subject
// when that is an organisation, else the first organisation of the
// sentence.
func (x *extractor) handingOrg(c *clauses, v int) (arg, bool) {
	s := c.subject(v)
	if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.isCountry(s) {
		s = -1
		for i := 0; i < v; i++ {
			if c.us[i].Kind == 'E' && !c.isCountry(i) {
				if !c.isPerson(x, i) {
					s = i
				}
				break
			}
		}
	}
	if s < 0 {
		return arg{}, false
	}
	as := c.args(x, s)
	if len(as) != 1 || x.typeOf(x.resolve(as[0], orgTypesAll)) != schema.TypeCompany {
		return arg{}, false
	}
	return as[0], true
}
