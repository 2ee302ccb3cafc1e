package extract

import "strings"

// famNamedPartner: "Nvidia named Cassava its first preferred cloud
// partner in Africa" (round 36, from the read splits' partnership misses):
// a verb of naming or choosing, an object, and a partner noun as the
// object's complement (with or without "as") make the subject and the
// object partners. "A has selected B as its partner" was read before
// (families_partner.go); this adds "name" and the complement without
// "as". Near misses (round36_test.go): a former or potential partner, a
// partner of someone else ("partner of C"), a passive or negated verb.
func (x *extractor) famNamedPartner(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || u.Lemma != "name" && u.Lemma != "make" && u.Lemma != "choose" && u.Lemma != "select" && u.Lemma != "pick" {
			continue
		}
		o := v + 1
		if o+1 >= len(c.us) || c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
			continue
		}
		n := o + 1
		if c.us[n].Kind == 'P' && c.us[n].Lemma == "as" {
			n++
		}
		if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "partner" || !partnerNounOK(c.us[n]) {
			continue
		}
		w := c.us[n].words
		if !strings.HasPrefix(w, "its ") && !strings.HasPrefix(w, "their ") && !strings.HasPrefix(w, "a ") && !strings.HasPrefix(w, "an ") && !strings.HasPrefix(w, "the ") {
			continue
		}
		if n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "of" || c.us[n+1].Lemma == "for") {
			continue // "named B the partner of C": someone else's
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' || c.isPerson(x, subj) {
			continue
		}
		x.rule = "partner.named-partner"
		x.partnerPairs(c, c.args(x, subj), c.args(x, o), c.modText(subj, v), 0.7)
	}
}
