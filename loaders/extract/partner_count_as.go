package extract

import "strings"

// "X counts A as a partner" (round 21, helper z25part; writers invest4 and
// orgfacts3 among the misses: "Skylo counts Google as a partner for its
// messaging feature", "The French start-up counts France's Orange as a
// partner"): the as-phrase variant of famCountPartners' "counts A among
// its partners", read by the same rule with the same subject (a name or
// a description). The partner noun must be the as-phrase's head, not a
// modifier ("as a partner programme"), and neither former, would-be nor
// denied (partnerNounOK).

// countedAsPartner reports whether unit n, after "as", is a partner noun.
func countedAsPartner(n unit) bool {
	if n.Kind != 'N' || n.Lemma != "partner" || !partnerNounOK(n) || n.hasMod("former", "potential", "possible", "prospective") {
		return false
	}
	return !strings.Contains(n.words, "former") && !strings.Contains(n.words, "potential")
}
