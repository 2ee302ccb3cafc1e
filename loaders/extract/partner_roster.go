package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A company's partners counted by the company itself: "X counts A and B
// among the partners that have supported its plant", "X counts A among its
// key technology partners". The subject is the partner of each listed
// organisation; the partners of someone else ("among Y's partners") and a
// negated count are not read here.

// famCountPartners reads "X counts A among (its|the) ... partners".
func (x *extractor) famCountPartners(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "count" || u.Neg || u.Passive {
			continue
		}
		subj, obj := c.topicSubject(v), c.object(v) // partner_roles.go
		if subj < 0 || obj < 0 || c.isPerson(x, subj) {
			continue
		}
		for _, p := range c.pps(obj + 1) {
			n := c.us[p.at]
			// "the partners" may have been read as a description of a
			// group of organisations: only its words count here.
			if p.prep == "as" && !countedAsPartner(n) {
				continue // "counts A as a partner" (partner_count_as.go)
			}
			if p.prep != "as" && (p.prep != "among" || (n.Kind != 'N' || n.Lemma != "partner") && (n.Kind != 'E' || !strings.HasSuffix(n.words, " partners"))) {
				continue
			}
			if p.prep != "as" && !strings.HasPrefix(n.words, "its ") && !strings.HasPrefix(n.words, "the ") && !strings.HasPrefix(n.words, "their ") {
				continue
			}
			owners := c.args(x, subj)
			if len(owners) != 1 {
				continue
			}
			for _, a := range c.args(x, obj) {
				x.emitFact(c.s, schema.RelPartnerOf, owners[0], a, c.modText(subj, v), 0.7, schema.Fact{})
			}
		}
	}
}
