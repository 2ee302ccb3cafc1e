package extract

// deniedRE is a denial of what others said: "denied a local newspaper
// report that", "dismissed speculation that", "rejected claims that".
var deniedRE = mustFiltered(`(?i)\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|contrary\s+to)\s+(?:an?\s+|the\s+|local\s+|media\s+|press\s+|newspaper\s+|recent\s+|earlier\s+)*(?:reports?|speculation|rumou?rs?|claims?|suggestions?|talk)\b`)

// deniedReport reports whether a fact whose first argument is a stands
// inside a report the sentence denies before it ("SK Telecom denied a
// report that it was considering buying a stake in Kakao Bank"): such a
// fact is not stated.
func deniedReport(s *sent, a arg) bool {
	if reportDeniedAfter(s, a) { // modality_report_after.go
		return true
	}
	loc := deniedRE.FindStringIndex(s.text)
	return loc != nil && a.m != nil && a.m.Start >= loc[1]
}

// holdingNouns are what a company owns rather than is: a stake in "PPF
// Telecom's operations in Bulgaria" or "Telefonica's tower unit" is a stake
// in a holding of that company, not in the company.
var holdingNouns = map[string]bool{
	"operations": true, "operation": true, "business": true, "businesses": true, "unit": true, "units": true,
	"assets": true, "subsidiary": true, "subsidiaries": true, "towers": true, "tower": true, "arm": true,
	"division": true, "network": true, "networks": true, "infrastructure": true, "portfolio": true,
	// "Vodafone's managed IoT connectivity platform", to be spun out (round 35; dev15-dev22)
	"platform": true, "platforms": true, "divisions": true,
}

// stakeInHolding reports whether the skeleton marker tok names a company
// in the possessive whose next words name one of its holdings ("PPF
// Telecom's operations", "Vodafone's Spanish business").
func (x *extractor) stakeInHolding(s *sent, tok string) bool {
	for _, a := range x.args(s, tok) {
		if holdingArg(s, a) {
			return true
		}
	}
	return false
}

// holdingArg reports whether argument b is a company in the possessive
// followed by one of its holdings ("a controlling stake in PPF Telecom's
// operations").
func holdingArg(s *sent, b arg) bool { return possNounIn(possTokens(s, b), holdingNouns) }

// possTokens is the text after argument b when b is in the possessive
// ("PPF Telecom's operations in Bulgaria" -> "operations in Bulgaria"),
// tokenized; nil otherwise.
func possTokens(s *sent, b arg) []token {
	if b.m == nil || !b.m.Poss || b.m.PossEnd > len(s.text) {
		return nil
	}
	return tokenize(s.text[b.m.PossEnd:])
}

// possNounIn reports whether one of the first four words of toks, before
// any punctuation, is in nouns ("managed IoT connectivity platform").
func possNounIn(toks []token, nouns map[string]bool) bool {
	for i := 0; i < len(toks) && i < 4; i++ {
		if !toks[i].Word {
			return false
		}
		if nouns[toks[i].Key] {
			return true
		}
	}
	return false
}
