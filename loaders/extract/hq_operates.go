package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads a seat given by "operate out of" (issue 13, the roles
// drill): "Axiata Group, which operates out of Malaysia, is the
// exception", "Cobalt Mobile runs its business out of Denmark". Only
// "out of" with a country right after it counts: "operates networks in
// Malaysia", "operates in six countries" or "operates out of offices in
// Malaysia" state nothing, nor a person's or a negated one.

// outOfLemmas are the verbs whose "out of" gives a seat.
var outOfLemmas = map[string]bool{"operate": true, "run": true, "work": true, "trade": true}

// famOperatesOutOf runs the shape above on one sentence.
func (x *extractor) famOperatesOutOf(c *clauses) {
	for v := 0; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || u.Neg || !outOfLemmas[u.Lemma] {
			continue
		}
		k := v + 1
		w := c.us[k].words
		// "runs its business out of": the chunker makes one unit of the
		// owner's noun and "out".
		owned := (strings.HasPrefix(w, "its ") || strings.HasPrefix(w, "their ")) && strings.HasSuffix(w, " out") && strings.Count(w, " ") == 2
		if k+2 >= len(c.us) || c.us[k].Kind != 'N' || w != "out" && !owned || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" ||
			c.us[k+2].Kind != 'E' || !c.isCountry(k+2) || c.ents[c.us[k+2].ent].poss {
			continue
		}
		s, org, ok := c.soleOrgSubject(x, v)
		if !ok {
			continue
		}
		mod := c.modText(s, v)
		if _, drop := modalityOf(mod); drop {
			continue
		}
		as := c.args(x, k+2)
		if len(as) != 1 {
			continue
		}
		x.rule = "hq.operates-out-of"
		x.emitFact(c.s, schema.RelHeadquarteredIn, org, as[0], mod, 0.7, schema.Fact{})
	}
}
