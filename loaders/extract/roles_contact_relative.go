package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company described in apposition by a relative clause without its
// relative pronoun, whose subject chaired or ran it (issue 13, round 30,
// from dev17's people-moves columns): "His successor arrives from Indra,
// the defence and IT company he had chaired since 2021", "Murtra came
// from Indra, the defence and IT group he chaired". The description is
// the company's, the clause's subject (a person or a pronoun the mention
// layer resolved to one, named before the company) its chair or its chief
// executive; the past tense makes the post a former one. A description that is a part of the
// company ("the unit he ran") or a verb with an object of its own ("the
// group he chaired the board of") gives nothing.

// famContactRelative reads the shape on one sentence.
func (x *extractor) famContactRelative(c *clauses) {
	for o := 0; o+5 < len(c.us); o++ {
		if c.us[o].Kind != 'E' || c.isPerson(x, o) || c.ents[c.us[o].ent].poss || !c.isPunct(o+1, ",") {
			continue
		}
		d := o + 2
		if c.us[d].Kind != 'N' && c.us[d].Kind != 'M' || !strings.HasPrefix(c.us[d].words, "the ") {
			continue
		}
		// the description may be cut in units ("the defence", "and", "IT
		// company")
		desc, p := c.us[d].words, d+1
		for p+1 < len(c.us) && p < d+4 && (c.us[p].Kind == 'N' || c.us[p].Kind == 'M' || c.us[p].Kind == 'O' && c.us[p].words == "and") {
			desc += " " + c.us[p].words
			p++
		}
		v := p + 1
		if v >= len(c.us) || c.us[p-1].Kind == 'O' || c.person(x, p) != p || c.ents[c.us[p].ent].poss {
			continue
		}
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || u.Lemma != "chair" && u.Lemma != "run" {
			continue
		}
		if v+1 < len(c.us) && (c.us[v+1].Kind == 'N' || c.us[v+1].Kind == 'E') {
			continue // an object of its own
		}
		if companyPartDesc(desc) {
			continue
		}
		orgs := c.args(x, o)
		if len(orgs) != 1 || x.typeOf(x.resolve(orgs[0], companyTypes)) != schema.TypeCompany {
			continue
		}
		rel := schema.RelChairmanOf
		if u.Lemma == "run" {
			rel = schema.RelCEOOf
		}
		mod := ""
		if c.ts[u.Head].Form == formPast || strings.HasPrefix(u.words, "had ") {
			mod = "former"
		}
		pas := c.args(x, p)
		if len(pas) != 1 || c.us[p].words == "he" || c.us[p].words == "she" {
			if len(pas) != 1 || !c.namesPersonBefore(x, o, pas[0].slug) {
				continue // "His successor arrives from Indra, the company he had chaired": who "he" is, the name before does not say
			}
		}
		x.rule = "title.contact-relative"
		for _, pa := range pas {
			x.emitFact(c.s, rel, pa, orgs[0], mod, 0.65, schema.Fact{})
		}
	}
}

// companyPartDesc reports whether a description names a part of a company.
func companyPartDesc(words string) bool {
	for _, w := range strings.Fields(words) {
		if runCompanyUnits[w] || w == "business" || w == "arm" || w == "subsidiary" {
			return true
		}
	}
	return false
}

// namesPersonBefore reports whether a unit before o names the person slug.
func (c *clauses) namesPersonBefore(x *extractor, o int, slug string) bool {
	for k := 0; k < o; k++ {
		if c.us[k].Kind == 'E' && c.isPerson(x, k) {
			for _, a := range c.args(x, k) {
				if a.slug == slug {
					return true
				}
			}
		}
	}
	return false
}
