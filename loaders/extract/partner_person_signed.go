package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A titled person signs for their company (round 33, dev20): "Chief
// executive Margherita Della Valle came back for more in October, signing a
// ten-year partnership with Google", "Chairman P signed a partnership with
// B". When the sentence has already given the person a title at a company
// (ceoOf or chairmanOf, read by the role families before this one), the
// partnership the person signs or strikes is that company's. A person with
// no title in the sentence, a title owned by a pronoun ("Its CEO P
// signed a pact with B": a wrong "its" would make a second wrong fact), a
// negated or tentative partnership state nothing.

// famPersonSigned reads the shape above.
func (x *extractor) famPersonSigned(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !signVerbs[u.Lemma] || v+1 >= len(c.us) { // partner_relative_noun.go
			continue
		}
		n := v + 1
		if c.us[n].Kind != 'N' || !nominalPartnerNouns[c.us[n].Lemma] || c.us[n].hasMod(tentativeMods...) || c.us[n].hasMod("no") {
			continue
		}
		k := c.partnerNounWith(n)
		if k < 0 {
			continue
		}
		p := c.subject(v)
		if p < 0 && c.ts[u.Head].Form == formIng && v > 0 && c.isPunct(v-1, ",") {
			p = c.firstPersonOfClause(x, v) // "P came back in October, signing a partnership with B"
		}
		if p < 0 || !c.isPerson(x, p) {
			continue
		}
		if mod, drop := modalityOf(c.text(p, v)); drop || mod != "" {
			continue
		}
		if pre := " " + strings.ToLower(c.text(0, p)); strings.Contains(pre, " its ") || strings.Contains(pre, " their ") {
			continue // "Its CEO P signed a pact with B": a pronoun's company doubles its risk
		}
		per := x.resolve(c.args(x, p)[0], personTypes)
		co := x.titledCompanyHere(c.s, per)
		if co == "" {
			continue
		}
		x.rule = "partner.person-signed"
		x.partnerPairs(c, []arg{{slug: co, text: "(" + x.nameOf(co) + ")"}}, x.withArgs(c, k), c.text(p, k), 0.6)
	}
}

// firstPersonOfClause is the first entity unit before v, in v's
// sentence, that is one person; -1 when there is none.
func (c *clauses) firstPersonOfClause(x *extractor, v int) int {
	for j := 0; j < v; j++ {
		if c.us[j].Kind == 'E' && c.isPerson(x, j) {
			return j
		}
		if c.boundary(j) {
			return -1
		}
	}
	return -1
}

// titledCompanyHere is the company this sentence has made person per the
// chief executive or chairman of, or "" (none, or more than one).
func (x *extractor) titledCompanyHere(s *sent, per string) string {
	if per == "" {
		return ""
	}
	co := ""
	for _, f := range x.facts {
		if f.Evidence != s.text || f.Subject.ID != per || (f.Relation != schema.RelCEOOf && f.Relation != schema.RelChairmanOf) || strings.Contains(string(f.Modality), "past") {
			continue
		}
		if co != "" && co != f.Object.ID {
			return ""
		}
		co = f.Object.ID
	}
	return co
}
