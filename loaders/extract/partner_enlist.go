package extract

import "regexp"

// Partners chosen for a job (issue 13, helper x13p9, on the partners2
// drill): a verb of enlisting whose object is a company and whose purpose
// follows ("Nokia tapped Nvidia for AI-RAN base stations", "Verizon has
// enlisted Google Cloud to power its assistant", "A brought in B to run
// the platform"). The subject and the object are partners.
// Near misses: a person tapped for a post (a title, roles_appoint.go),
// a company tapped for money ("tapped B for funding", "for a loan": an
// investor or lender), a supplier ("enlisted B to supply the radios"), a
// negated or passive verb, no purpose after the object.

// enlistVerbs take the partner as their object.
var enlistVerbs = map[string]bool{"tap": true, "enlist": true, "recruit": true, "rope in": true, "sign up": true}

// enlistMoneyRE: a purpose that is money or a supply, not joint work.
var enlistMoneyRE = regexp.MustCompile(`(?i)^\s*(?:for|to)\s+(?:(?:a|an|the|its|their|fresh|new|more|extra|additional)\s+)*(?:funding|funds|fund|financing|finance|investment|capital|cash|money|loans?|debt|credit|equity|shares|stake|\$|€|£|supply|supplies|provide|deliver|sell|manufacture|make)\b`)

// famPartnerEnlist reads the shape above.
func (x *extractor) famPartnerEnlist(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || !enlistVerbs[u.Lemma] || u.Neg || u.Passive {
			continue
		}
		subj := c.subject(v)
		obj := c.object(v)
		if subj < 0 || obj < 0 || obj <= v || c.ents[c.us[obj].ent].poss || c.isPerson(x, subj) || c.isPerson(x, obj) {
			continue
		}
		k := obj + 1
		if k >= len(c.us) || c.us[k].Kind != 'P' {
			continue
		}
		switch c.us[k].Lemma {
		case "for":
		case "to":
			if k+1 >= len(c.us) || c.us[k+1].Kind != 'V' {
				continue
			}
		default:
			continue
		}
		if enlistMoneyRE.MatchString(c.text(k, len(c.us)-1)) {
			continue
		}
		x.rule = "partner.enlist"
		x.partnerPairs(c, x.subjectArgs(c, subj), c.args(x, obj), c.modText(subj, v), 0.65)
	}
}
