package extract

import "strings"

// Two parties joined by a hyphen before a partnership noun: "the SK
// Telecom-Anthropic partnership", "the Acme–Cobalt alliance". The hyphen
// (or en dash) must touch both names, the noun must follow the second
// name at once, and neither may be a person or a possessive; a planned,
// possible or former partnership is none.

// famHyphenPartner reads the shape above.
func (x *extractor) famHyphenPartner(c *clauses) {
	for j := 1; j < len(c.us); j++ {
		n := c.us[j]
		if n.Kind == 'N' && !partnershipNouns[n.Lemma] {
			// "the A-B partnership covers 6G research": the chunker took
			// a verb the tagger missed into the noun; the head is the
			// partnership noun the unit opens with.
			if w := strings.Fields(n.words); len(w) > 2 && partnershipNouns[w[0]] {
				n.Lemma = w[0]
			}
		}
		if n.Kind != 'N' || !partnershipNouns[n.Lemma] || n.Lemma == "deal" || n.Lemma == "agreement" {
			continue
		}
		if n.hasMod(tentativeMods...) || hasAnyWord(n.words, tentativeMods) || n.hasMod("no", "not") {
			continue
		}
		var a, b int = -1, -1 // mention indexes
		switch u := c.us[j-1]; {
		case u.Kind == 'E' && len(c.ents[u.ent].ms) == 2:
			a, b = c.ents[u.ent].ms[0], c.ents[u.ent].ms[1]
		case u.Kind == 'E' && len(c.ents[u.ent].ms) == 1 && j >= 3 && c.us[j-3].Kind == 'E' && len(c.ents[c.us[j-3].ent].ms) == 1:
			a, b = c.ents[c.us[j-3].ent].ms[0], c.ents[u.ent].ms[0]
		default:
			continue
		}
		ma, mb := c.s.ms[a], c.s.ms[b]
		if ma.End >= mb.Start || mb.End > len(c.s.text) {
			continue
		}
		if mid := c.s.text[ma.End:mb.Start]; mid != "-" && mid != "–" && mid != "/" { // "the A/B alliance" too
			continue
		}
		if hasAnyWord(strings.ToLower(c.text(max(0, j-5), j)), tentativeMods) {
			continue // "the planned A-B partnership"
		}
		if ma.Poss || mb.Poss || ma.Kind == 'P' || mb.Kind == 'P' || ma.Kind == 'N' || mb.Kind == 'N' {
			continue
		}
		mod := c.text(0, j)
		if partnershipEndedRE.MatchString(c.text(j, len(c.us)-1)) {
			mod += " past" // "the A-B partnership ended last year"
		}
		x.rule = "partner.hyphen-pair"
		x.partnerPairs(c, x.argOf(c.s, a), x.argOf(c.s, b), mod, 0.75)
	}
}

// partnershipEndedRE says, after the partnership noun, that it came to an
// end.
var partnershipEndedRE = mustFiltered(`(?i)\b(?:ended|terminated|collapsed|dissolved|wound down|came to an end|broke down|fell apart|was scrapped|was called off)\b`)
