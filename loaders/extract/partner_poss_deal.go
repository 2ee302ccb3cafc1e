package extract

import "strings"

// "A's deal with B", "its agreement with B", "the French group's deal
// with B" (round 21, helper z25bdeal): the possessive form of "A signed a
// deal with B", which partnershipNouns read. The possessive reading
// (partnerPossessive, partner_nominal.go) left "deal" and "agreement"
// out because a customer's or supplier's contract is no partnership; it
// takes them here with the with-phrase only, and not when the contract is
// one of supply ("A's supply deal with B", "A's deal with B covers
// handset supply"), tentative ("the long-rumoured deal with B") or told
// by a verb of buying or selling in its clause ("A's deal with B to
// supply radios"). The holder may be a
// name, "its" (coref_its_partner.go) or a description the article gave
// (coref_descriptor.go) that fits one company only: "the operator's deal
// with B" after two companies the article called operators names
// neither (descHolderAmbiguous), though coref.go's reading by clause
// would take the first.

// possDealNouns are the contract nouns a possessive holder and a
// with-phrase make a partnership.
var possDealNouns = map[string]bool{"deal": true, "agreement": true}

// dealSupplyVerbs, as an infinitive after "A's deal with B", make the
// deal a sale.
var dealSupplyVerbs = map[string]bool{
	"supply": true, "sell": true, "buy": true, "purchase": true, "provide": true, "license": true, "licence": true,
	"lease": true, "acquire": true, "deliver": true, "resell": true, "distribute": true,
}

// possDealAt reports whether the unit at n is a deal or agreement a
// possessive holder makes a partnership with its with-phrase at k.
func (c *clauses) possDealAt(n, k int) bool {
	u := c.us[n]
	if u.Kind != 'N' || !possDealNouns[u.Lemma] || u.hasMod(tentativeMods...) {
		return false
	}
	for _, m := range u.mods {
		if supplyNouns[m] {
			return false
		}
	}
	for _, w := range strings.Fields(strings.ToLower(u.words)) {
		if supplyNouns[w] || hasAnyWord(strings.ReplaceAll(w, "-", " "), tentativeMods) {
			return false // "supply deal", "long-rumoured deal"
		}
	}
	for m := k + 1; m < len(c.us) && !c.boundary(m); m++ {
		if c.us[m].Kind == 'V' && dealSupplyVerbs[c.us[m].Lemma] {
			return false // "A's deal with B to supply radios"
		}
		for _, w := range strings.Fields(strings.ToLower(c.us[m].words)) {
			if supplyNouns[w] {
				return false // "A's deal with B covers handset supply"
			}
		}
	}
	return true
}

// descHolderAmbiguous reports whether the holder at unit j is a
// description ("the operator's", "the French group's") whose head and
// modifiers fit two or more companies the article described, as
// descriptorRef (coref_descriptor.go) matches them.
func (x *extractor) descHolderAmbiguous(c *clauses, j int) bool {
	for _, mi := range c.ents[c.us[j].ent].ms {
		m := c.s.ms[mi]
		ws := strings.Fields(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(m.Text, "'s"), "’s")))
		if !m.Coref || len(ws) < 2 || ws[0] != "the" {
			continue
		}
		if fits := x.descFits(descHead(ws[len(ws)-1]), ws[1:len(ws)-1], nil); len(fits) > 1 {
			return true
		}
	}
	return false
}
