package extract

import "strings"

// "the partnership with B" with no holder, in an item under a company's
// heading, is that company's (round 33, dev20): "Vodafone\n... Chief
// executive P said the ten-year partnership with Microsoft agreed in
// January was on track". Outside a company's item, or when the sentence
// names another company before the noun, the holder is unknown and
// nothing is read; "no", "former" and tentative partnerships state
// nothing, as with a possessive holder (partner_nominal.go).

// partnerSectionDefinite reads the shape at partnership noun n.
func (x *extractor) partnerSectionDefinite(c *clauses, n int) {
	u := c.us[n]
	if u.Kind != 'N' || !nominalPartnerNouns[u.Lemma] || !strings.HasPrefix(u.words, "the ") {
		return
	}
	if u.hasMod("no") || u.hasMod("former") || u.hasMod(tentativeMods...) {
		return
	}
	if n > 0 && c.us[n-1].Kind == 'P' && c.us[n-1].Lemma == "of" {
		return // "a member of the alliance with B": another head
	}
	k := c.partnerNounWith(n)
	if k < 0 {
		return
	}
	sec := x.sectionCompanyTitle(c.s, c.us[n].Start) // roles_bare_topic.go
	if sec == "" {
		return
	}
	if mod, drop := modalityOf(c.text(0, k)); drop || mod != "" {
		return
	}
	x.rule = "partner.section-definite"
	x.partnerPairs(c, []arg{{slug: sec, text: "(" + x.nameOf(sec) + ")"}}, x.withArgs(c, k), c.text(n, k), 0.6)
}
