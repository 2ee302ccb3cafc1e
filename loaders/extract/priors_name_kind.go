package extract

import "strings"

// nameKind is the kind of company a name's own words say it is, for a
// company neither the priors nor the article give a kind: a "Bank",
// "Capital", "Ventures" or "Fund" invests, a "Telecom" or "Mobile" runs a
// network, a "Semiconductor" makes chips, a "Ministry" governs. It only
// rules a company out of a description of another kind ("Korea
// Development Bank led the round ... put $15 million into the chipmaker":
// not the bank); it never makes one the antecedent (round 27).
func nameKind(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,()")
		switch w {
		case "bank", "capital", "ventures", "fund", "funds", "investment", "investments", "equity", "investors":
			return "inv"
		case "telecom", "telekom", "telecommunications", "telecommunication", "mobile", "cellular", "telco":
			return "op"
		case "semiconductor", "semiconductors", "microelectronics", "foundry":
			return "chip"
		case "ministry", "government", "agency", "commission", "department":
			return "gov"
		}
	}
	return ""
}
