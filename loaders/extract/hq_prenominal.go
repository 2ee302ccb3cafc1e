package extract

import "strings"

// nameFollows reports whether the description that ends with token j is
// set before a name rather than standing for one: in "the French shipping
// group CMA CGM" or "Japanese trading house Sumitomo Corporation" the
// description qualifies the capitalised name right after it, so it is no
// reference to a company already named (writers k and l, issue 13).
func nameFollows(toks []token, j int, covered []bool) bool {
	n := j + 1
	if n < len(toks) && toks[n].Word && covered[n] && !toks[j].Poss {
		return true // a registered name in lower case: "the UAE group e&"
	}
	if n >= len(toks) || !toks[n].Word || !toks[n].Upper || toks[j].Poss {
		return false
	}
	if r := toks[n].Text[0]; r >= '0' && r <= '9' {
		return false
	}
	if covered[n] {
		return true
	}
	switch toks[n].Key {
	case "on", "in", "said", "says", "and", "the", "this", "last", "which", "that":
		return false
	}
	return true
}

// gapHeads are words that end the phrase a place compound describes: in
// "the Singapore-based operator owned by Temasek's ST Telemedia" the
// compound describes the operator, and the name after "owned by" is
// another company (writer n, issue 13).
var gapHeads = map[string]bool{
	"by": true, "of": true, "for": true, "with": true, "from": true, "to": true, "in": true, "at": true,
	"owned": true, "run": true, "backed": true, "controlled": true, "led": true, "and": true, "or": true,
	"that": true, "which": true, "who": true,
}

// headedGap reports whether the words between a place compound and the
// next name hold such a word.
func headedGap(between string) bool {
	for _, w := range strings.Fields(strings.ToLower(between)) {
		if gapHeads[w] {
			return true
		}
	}
	return false
}
