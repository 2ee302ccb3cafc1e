package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// nameKind is the kind of company a name's own words say it is, for a
// company neither the priors nor the article give a kind: a "Bank",
// "Capital", "Ventures" or "Fund" invests (and, round 31, a
// "Management" or "Partners": "Fidelity Management & Research",
// "Lightspeed Venture Partners"), a "Telecom" or "Mobile" runs a
// network, a "Semiconductor" makes chips, a "Ministry" governs. It only
// rules a company out of a description of another kind ("Korea
// Development Bank led the round ... put $15 million into the chipmaker":
// not the bank); it never makes one the antecedent (round 27).
func nameKind(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,()")
		switch w {
		case "bank", "capital", "ventures", "venture", "fund", "funds", "investment", "investments", "equity", "investors", "management", "partners":
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

// investorKnown reports whether the priors, the company's name or the
// article make slug an investor: "the fund" and "the investor" name only
// such a company, never a company of unknown kind (round 27: "The fund
// took part in ..." is MGX, not the data-centre campus named last).
func (x *extractor) investorKnown(slug string) bool {
	if x.kindKnown(slug, "inv") || x.artKinds[slug] == "inv" {
		return true
	}
	e, ok := x.lx.ents[slug]
	return ok && nameKind(e.Name) == "inv"
}

// investorAlternative is the company within kindReach sentences that
// investorKnown accepts and the article has named most, the most recent
// of those on a tie, or "": "the fund" in an explainer about MGX is MGX,
// though SoftBank Group, an investor too, was named in the paragraph
// before.
func (x *extractor) investorAlternative() string {
	best := ""
	for _, s := range x.kindCandidates() {
		if x.typeOf(s) == schema.TypeCompany && !x.descExclude[s] && x.investorKnown(s) && (best == "" || x.counts[s] > x.counts[best]) {
			best = s
		}
	}
	return best
}
