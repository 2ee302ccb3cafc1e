package extract

import "strings"

// "its" before a partnership with a named company (issue 13, helper
// y14rel, from the dev split's misses): "in 2024 its alliance with
// Canadian start-up Cohere put ...", "Its partnership with B covers ...".
// A named holder ("A's alliance with B") was read (partner.possessive);
// "its" was resolved only before a title or a holding, so the holder went
// unread. It is resolved here the same way (coref.go): the subject of its
// own clause, else the company the previous sentence was about. Near
// misses stay partnerPossessive's: a former, possible or proposed tie-up.

// itsPartnership reports whether the words after "its" at i are a
// partnership noun, with at most one modifier ("its strategic alliance"),
// and "with": "its alliance with B".
func itsPartnership(key func(int) string, i int) bool {
	noun := func(k string) bool { return nominalPartnerNouns[k] || possDealNouns[k] } // partner_poss_deal.go
	if noun(key(i + 1)) {
		return key(i+2) == "with"
	}
	if key(i+1) != "" && noun(key(i+2)) && key(i+3) == "with" {
		return true
	}
	// "its five-year, 2.4 trillion won partnership with B": a run of
	// modifiers that are terms or amounts, maybe told apart by a comma
	// (key gives "" for punctuation and numbers; round 33, dev20)
	for j := i + 1; j <= i+8; j++ {
		k := key(j)
		switch {
		case noun(k):
			return j > i+2 && key(j+1) == "with"
		case k == "" || strings.ContainsAny(k, "-0123456789") || amountWords[k]:
		default:
			return false
		}
	}
	return false
}

// amountWords tell an amount inside a modifier run: "2.4 trillion won".
var amountWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "won": true, "yen": true, "euro": true, "euros": true, "dollar": true, "pound": true,
	"rupee": true, "yuan": true, "riyal": true, "dirham": true, "year": true, "multi-year": true, "multibillion": true,
}

// itsPartnerNamed reports whether the words after "its" at i are
// "partner" or "partners", with at most one lower-case modifier, and then
// a name (round 25): "X said its partners A and B were pleased", "Its
// cloud partner B". The partner noun reads them (partner_copula.go
// partnerPremod) once "its" has its company; a contrastive modifier
// ("its former partner") is left there too.
func itsPartnerNamed(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Key != "partner" && toks[j].Key != "partners" && toks[j].Word && !toks[j].Upper {
		j++
	}
	return j+1 < len(toks) && (toks[j].Key == "partner" || toks[j].Key == "partners") && !toks[j].Poss &&
		toks[j+1].Word && toks[j+1].Upper
}
