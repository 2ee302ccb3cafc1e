package extract

import "strings"

// "A's deal with B", "its agreement with B", "the French group's deal
// with B" (round 21, helper z25bdeal): the possessive form of "A signed a
// deal with B", which partnershipNouns read. The possessive reading
// (partnerPossessive, partner_nominal.go) left "deal" and "agreement"
// out because a customer's or supplier's contract is no partnership; it
// takes them here with the with-phrase only, and not when the contract is
// one of supply ("A's supply deal with B"), tentative ("the long-rumoured
// deal with B") or told by an infinitive of buying or selling after the
// counterpart ("A's deal with B to supply radios"). The holder may be a
// name, "its" (coref_its_partner.go) or a description the article gave
// (coref_descriptor.go); a description that fits two companies names
// nothing there, so nothing is read.

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
	if k+1 < len(c.us) && c.us[k+1].Kind == 'V' && dealSupplyVerbs[c.us[k+1].Lemma] {
		return false // "A's deal with B to supply radios"
	}
	if k+2 < len(c.us) && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "to" && c.us[k+2].Kind == 'V' && dealSupplyVerbs[c.us[k+2].Lemma] {
		return false
	}
	return true
}
