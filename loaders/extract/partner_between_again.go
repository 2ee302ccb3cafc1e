package extract

import "strings"

// Pairs after "between" told in the plural and with the preposition
// repeated (helper z26part, round 22): "partnerships between A and B and,
// separately, between C and D", "the agreements between A and B, and
// between C and D": each pair is a partnership of its own, and no
// partner of one pair is the other pair's (famBetween, families2.go).

// singularPartnershipNoun is the singular of a plural partnership noun
// ("partnerships", "tie-ups", "memoranda"), else the word itself.
func singularPartnershipNoun(w string) string {
	if w == "memoranda" {
		return "memorandum"
	}
	return strings.TrimSuffix(w, "s")
}
