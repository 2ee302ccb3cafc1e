package extract

import "strings"

// appositionCompany is the company a description in apposition describes:
// "EQT, the Swedish investment group, keeps the other half" is EQT, the
// organisation named just before the comma, not the sentence's subject.
// It is "" when the description does not follow a name and a comma, when
// it is the subject of a reporting verb ("..., the German company said"),
// or when the register places that company in another country.
func (x *extractor) appositionCompany(toks []token, i int, covered []bool, country string, reporting bool) string {
	if reporting || i < 2 || toks[i-1].Text != "," || len(x.curOrgs) == 0 {
		return ""
	}
	// "ST Telemedia Global Data Centres (STT GDC), the Singapore-based
	// operator": a name and its bracketed short form.
	if !covered[i-2] && !bracketedName(toks, i-2, covered) {
		return ""
	}
	s := x.curOrgs[len(x.curOrgs)-1]
	if c, ok := x.hq[s]; ok && c != country || !companyLike(x.typeOf(s)) || x.descExclude[s] { // a joint venture too: "Stargate, the US data-centre company that A and B formed"
		return ""
	}
	return s
}

// apposedToUnknown reports whether the description at toks[i] stands in
// apposition to a name the register does not know: "STT GDC, the
// Singapore-based operator" or "ST Telemedia Global Data Centres (STT
// GDC), the Singapore operator" describe that name, so the description is
// no company named before it. Descriptions are read before unknown names
// are, so such a name is a capitalised word no known name covers.
func (x *extractor) apposedToUnknown(toks []token, i int, covered []bool) bool {
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	k := i - 2
	if toks[k].Text == ")" {
		for k = i - 3; k >= 1 && toks[k].Text != "("; k-- {
			if covered[k] {
				return false // "Ooredoo Q.P.S.C. ("Ooredoo"), the Qatari group": a known short form
			}
		}
		k--
	}
	if k == 0 && openingName(toks, i) {
		return true // "Free, the French operator, offers ...": a name no register lists
	}
	if k < 1 || !toks[k].Word || !toks[k].Upper || covered[k] || chunkStop[toks[k].Key] {
		return false
	}
	_, city := cities[toks[k].Key] // "in Oslo, the Norwegian operator said"
	return !city
}

// openingName reports whether the sentence's first word, set off by the
// comma before the description at toks[i], is a name the description is
// in apposition to: a capitalised word that is no sentence adverb
// ("However", "Separately"), and a description closed by a second comma
// ("Free, the French operator, offers ...").
func openingName(toks []token, i int) bool {
	t := toks[0]
	if !t.Word || !t.Upper || chunkStop[t.Key] || strings.HasSuffix(t.Key, "ly") || openingAdverbs[t.Key] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].Text == "," {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// openingAdverbs are capitalised words that open a sentence before a
// comma without naming anything.
var openingAdverbs = map[string]bool{
	"however": true, "meanwhile": true, "still": true, "instead": true, "indeed": true, "elsewhere": true,
	"overall": true, "today": true, "yesterday": true, "yet": true, "now": true, "then": true, "thus": true,
	"therefore": true, "moreover": true, "likewise": true, "otherwise": true, "nonetheless": true, "nevertheless": true,
	"first": true, "second": true, "third": true, "finally": true, "again": true, "later": true, "earlier": true,
	"so": true, "well": true, "so far": true, "here": true, "there": true, "locally": true, "abroad": true,
}

// bracketedName reports whether toks[k] closes a bracket that holds a
// name, in quotes or not: "(STT GDC)", "(\"Zain Group\")".
func bracketedName(toks []token, k int, covered []bool) bool {
	if k < 2 || toks[k].Text != ")" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].Text != "("; j-- {
		if covered[j] {
			return true
		}
	}
	return false
}
