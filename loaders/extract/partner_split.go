package extract

import "strings"

// This file reads a partnership whose partner is named in the next
// sentence ("A announced a strategic partnership on Tuesday. The partner
// is B.") or by a copula after a possessive ("The venture's technology
// partner is B").

// openPartnership is a partnership announced without its partner, at
// sentence sent.
type openPartnership struct {
	by      []arg
	modText string
	sent    int
}

// partnerOpenVerbs announce a partnership as their object.
var partnerOpenVerbs = map[string]bool{
	"announce": true, "sign": true, "forge": true, "unveil": true, "strike": true, "seal": true, "ink": true,
	"enter": true, "form": true, "launch": true, "agree": true, "reach": true,
}

// famPartnerSplit opens a partnership stated without a partner and names
// its partner from the next sentence's "The partner is B".
func (x *extractor) famPartnerSplit(c *clauses) {
	if op := x.partnerOpen; op != nil && x.sentIdx == op.sent+1 {
		if n := 0; len(c.us) > 2 && c.us[n].Kind == 'N' && c.us[n].Lemma == "partner" &&
			(strings.HasPrefix(c.us[n].words, "the ") || strings.HasPrefix(c.us[n].words, "its ") || strings.HasPrefix(c.us[n].words, "their ")) &&
			c.us[1].Kind == 'V' && c.us[1].Lemma == "be" && !c.us[1].Neg {
			if o := c.object(1); o >= 0 && c.us[o].Kind == 'E' {
				x.rule = "partner.split"
				x.partnerPairs(c, op.by, c.args(x, o), op.modText, 0.7)
			}
		}
	}
	x.partnerOpen = nil
	x.famPartnerCopula(c)
	for v, u := range c.us {
		if u.Kind != 'V' || u.Passive || u.Neg || !partnerOpenVerbs[u.Lemma] {
			continue
		}
		subj, n := c.subject(v), c.nounObject(v)
		if subj < 0 || n < 0 || !partnershipNouns[c.us[n].Lemma] || c.us[n].Lemma == "alliance" {
			continue
		}
		// a partner named in the sentence is the other families'
		for _, p := range c.pps(n + 1) {
			if p.prep == "with" || p.prep == "between" || p.prep == "among" {
				return
			}
		}
		for k := n + 1; k < len(c.us); k++ {
			if c.us[k].Kind == 'E' {
				return
			}
		}
		x.partnerOpen = &openPartnership{by: c.args(x, subj), modText: c.modText(subj, v), sent: x.sentIdx}
		return
	}
}

// famPartnerCopula: "The venture's technology partner is Microsoft": the
// possessor of a partner noun is the partner of what the copula names.
func (x *extractor) famPartnerCopula(c *clauses) {
	for n := 1; n+2 < len(c.us); n++ {
		u, v := c.us[n], c.us[n+1]
		if u.Kind != 'N' || u.Lemma != "partner" || u.hasMod("equity") || v.Kind != 'V' || v.Lemma != "be" || v.Neg || c.relative(n+1) {
			continue
		}
		p := n - 1
		if c.us[p].Kind != 'E' || !c.ents[c.us[p].ent].poss || c.isCountry(p) {
			continue
		}
		if o := c.object(n + 1); o >= 0 && c.us[o].Kind == 'E' {
			x.rule = "partner.copula"
			x.partnerPairs(c, c.args(x, p), c.args(x, o), c.modText(p, n+1), 0.7)
		}
	}
}
