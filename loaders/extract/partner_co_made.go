package extract

import "strings"

// Two named companies that made one named product together are partners
// (helper z17part, issue 13, from dev3's and dev2's misses): "T-Mobile and
// OpenAI are building IntentCX, an AI customer-care platform", "A and B
// unveiled SkyLink, a messaging service". The subject is a list of exactly
// two companies (mentions of kind C: registered, or typed by a name cue)
// joined by "and" (the gold's pairwise convention
// stops at two, maxPartnerGroup); the object is a name that is no
// organisation, person or place the register knows (a product), so "A and B
// launched the X Alliance" (founders) and "A and B launched J" for a venture
// (jointVenture) stay with their families; a plain noun object ("unveiled
// new chips") may be each party's own. Negated and passive verbs, and "their
// own", are none.

// coMakeVerbs make a product.
var coMakeVerbs = map[string]bool{
	"build": true, "co-build": true, "develop": true, "co-develop": true, "unveil": true, "show": true, "showcase": true,
	"demonstrate": true, "debut": true, "launch": true, "co-launch": true, "release": true,
}

// famCoMade reads the shape above.
func (x *extractor) famCoMade(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !coMakeVerbs[u.Lemma] || v+1 >= len(c.us) || c.us[v+1].Kind != 'E' {
			continue
		}
		subj := c.subject(v)
		if subj < 0 || c.ents[c.us[subj].ent].poss || !strings.Contains(c.us[subj].words, " and ") || eachOwn(c.s.text) {
			continue
		}
		parts := c.args(x, subj)
		if len(parts) != 2 || parts[0].m == nil || parts[1].m == nil || parts[0].m.Kind != 'C' || parts[1].m.Kind != 'C' {
			continue
		}
		if !x.productName(c, v+1) {
			continue
		}
		x.rule = "partner.co-made"
		x.partnerPairs(c, parts[:1], parts[1:], c.modText(subj, v), 0.65)
	}
}

// productName reports whether entity unit k is one name the register
// does not know as an organisation, a person or a country.
func (x *extractor) productName(c *clauses, k int) bool {
	ms := c.ents[c.us[k].ent].ms
	if len(ms) != 1 || c.ents[c.us[k].ent].poss {
		return false
	}
	m := c.s.ms[ms[0]]
	return m.Kind == 'U' && !m.Coref && x.typeOf(m.Slug) == ""
}
