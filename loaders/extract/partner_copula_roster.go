package extract

import "strings"

// Parties described by what they do with N and listed after a copula
// (issue 13, helper x13z4): "The companies signing the pledge with N are
// A; B; C", "The operators working with N include A and B", "The firms
// that have partnered with N are A and B". Each listed organisation is N's
// partner. The head is a definite noun opening the sentence, the
// description a participle or a relative clause of a partner verb (or of
// "sign", whose object is no supply contract), N the entity of its
// with-phrase, and the copula (or "include") affirmative. Near misses
// (partner_copula_roster_test.go): customers and suppliers ("buying
// from", "signing supply contracts with"), a negated copula, an
// indefinite head.

// supplyNouns are the objects of "sign" that make its parties customer
// and supplier.
var supplyNouns = map[string]bool{
	"contract": true, "order": true, "supply": true, "licence": true, "license": true, "purchase": true, "lease": true,
	"tender": true, "offtake": true, "sale": true,
}

// famPartnerRosterCopula reads the shape above.
func (x *extractor) famPartnerRosterCopula(c *clauses) {
	h := 0
	for h < len(c.us) && c.us[h].Kind == 'M' {
		h++
	}
	if h+4 >= len(c.us) || c.us[h].Kind != 'N' || !strings.HasPrefix(c.us[h].words, "the ") {
		return // no definite head noun opening the sentence
	}
	v := h + 1
	if c.relative(v) && c.us[v].words != "whose" {
		v++
	}
	if v >= len(c.us) || c.us[v].Kind != 'V' || c.us[v].Neg || c.us[v].Passive {
		return
	}
	l := c.us[v].Lemma
	if !partnerVerbs[l] && l != "sign" && l != "join forces" {
		return
	}
	k := v + 1
	if l == "sign" {
		if k >= len(c.us) || c.us[k].Kind != 'N' || supplyNouns[c.us[k].Lemma] || c.us[k].hasMod("supply") {
			return
		}
		k++
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "with" {
		return
	}
	n := c.skipDescriptors(k + 1)
	if n+2 >= len(c.us) || c.us[n].Kind != 'E' || len(c.ents[c.us[n].ent].ms) != 1 || c.ents[c.us[n].ent].poss || c.isPerson(x, n) || c.isCountry(n) {
		return
	}
	cop := n + 1
	for cop < len(c.us) && c.us[cop].Kind == 'O' && c.us[cop].tag == posAdv {
		cop++
	}
	if cop >= len(c.us) || c.us[cop].Kind != 'V' || c.us[cop].Neg || c.us[cop].Lemma != "be" && c.us[cop].Lemma != "include" {
		return
	}
	var listed []arg
	for j := cop + 1; j < len(c.us); j++ {
		u := c.us[j]
		if u.Kind == 'V' || c.relative(j) {
			break
		}
		if u.Kind != 'E' || c.ents[u.ent].poss || c.isCountry(j) || c.isPerson(x, j) {
			continue
		}
		for _, i := range c.ents[u.ent].ms {
			if m := c.s.ms[i]; !m.Coref && m.Kind != 'N' && m.Kind != 'P' && !m.Poss {
				listed = append(listed, x.argOf(c.s, i)...)
			}
		}
	}
	if len(listed) == 0 {
		return
	}
	x.rule = "partner.roster-copula"
	x.partnerPairs(c, c.args(x, n), listed, c.text(0, cop), 0.7)
}
