package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company that "has a new chief executive: P" (issue 13, round 30, from
// dev17's people-moves column: "The inference-chip maker has a new chief
// executive: Simon Edwards, until last month its chief financial
// officer"), or "has a new chairman, P": the person after the colon or
// the comma holds the title at the subject. The subject may be a
// description the mention layer resolved ("the inference-chip maker").
// A title that states no relation ("a new finance chief") and a verb other
// than "have" ("wants a new chief executive: someone who ...") give
// nothing.

// famHasNew reads the shape on one sentence.
func (x *extractor) famHasNew(c *clauses) {
	for v := 1; v+3 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Lemma != "have" || u.Neg || u.Passive || c.us[v+1].Kind != 'N' {
			continue
		}
		words := c.us[v+1].words
		if !strings.HasPrefix(words, "a new ") {
			continue
		}
		rels, past := titleRels(strings.TrimPrefix(words, "a new "))
		if len(rels) == 0 || past {
			continue
		}
		p := v + 3
		if !c.isPunct(v+2, ":") && !c.isPunct(v+2, ",") || c.person(x, p) != p || c.ents[c.us[p].ent].poss {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		orgs := c.args(x, s)
		if len(orgs) != 1 || x.resolve(orgs[0], companyTypes) == "" {
			continue
		}
		x.rule = "title.has-new"
		for _, r := range rels {
			x.emitFact(c.s, r, c.args(x, p)[0], orgs[0], c.modText(s, v), 0.7, schema.Fact{})
		}
	}
}
