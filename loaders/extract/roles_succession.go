package extract

import (
	"github.com/telcograph/telcograph/schema"
)

// This file reads a succession told with a finite verb (issue 13, the
// roles drill): "Telia named P its chief executive officer. P, 51,
// succeeds Q, who left ..." and "Yoon replaces Kim Yong-hun, the outgoing
// chairman": the one succeeded held, before, the one title the article
// has so far given the successor. With no title given, or with several
// ("chairman and chief executive" at two companies), it states nothing;
// "P succeeded Q as CEO" is the phrasing rules', and "succeeding Q" after
// a title in its own sentence is chairSuccession's (chairs.go).

// famSuccessionFinite runs the shape above on one sentence.
func (x *extractor) famSuccessionFinite(c *clauses) {
	x.rule = "title.succeeds"
	for v := 1; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || !successionLemmas[u.Lemma] || u.Passive || u.Neg || c.ts[u.Head].Form == formIng ||
			c.us[v-1].Kind == 'P' && c.us[v-1].Lemma == "to" {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.person(x, s) != s {
			continue
		}
		q := c.person(x, c.object(v))
		if q < 0 || q == s {
			continue
		}
		if q+1 < len(c.us) && c.us[q+1].Kind == 'P' && c.us[q+1].Lemma == "as" {
			continue // "succeeded Q as CEO"
		}
		sa, qa := c.args(x, s), c.args(x, q)
		if len(sa) != 1 || len(qa) != 1 || sa[0].slug == "" || sa[0].slug == qa[0].slug {
			continue
		}
		held := x.heldTitles(sa[0].slug, func(f schema.Fact) bool { return f.Modality == "" })
		if len(held) != 1 {
			continue
		}
		x.emitFact(c.s, held[0].rel, qa[0], arg{slug: held[0].org.ID, text: held[0].org.Text}, "former", 0.6, schema.Fact{})
	}
}
