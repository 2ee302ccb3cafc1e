package extract

import "strings"

// This file reads a partnership whose partner is named in the next
// sentence: "A announced a strategic partnership on Tuesday. The partner
// is B."

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
