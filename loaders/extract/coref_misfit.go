package extract

import "strings"

// This file keeps a company description from resolving to a company whose
// own name states another kind of organisation: "the start-up" or "the
// operator" is not "Bosch Ventures", "Verizon Ventures" or "Atlantic
// Capital" (an investment arm, a fund), however recently that
// one was named or however often it opened a sentence. The name's last
// word is its kind; a description whose head noun is a young or operating
// company cannot be a holder of that kind.

// misfitHeads are description heads that name an operating company.
var misfitHeads = map[string]bool{
	"start-up": true, "startup": true, "operator": true, "carrier": true, "telco": true,
	"chipmaker": true, "fintech": true, "vendor": true,
}

// holderNameEnds end the names of groups, funds and investment arms.
var holderNameEnds = map[string]bool{
	"ventures": true, "capital": true, "partners": true,
	"foundation": true, "fund": true, "investments": true, "futures": true,
}

// descHeadAt is the company noun that heads the description opened by
// toks[i] ("The German start-up", "the operator's"), "" when none comes
// within four words.
func descHeadAt(toks []token, i int) string {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if !toks[j].Word {
			return ""
		}
		if companyNouns[toks[j].Key] {
			return toks[j].Key
		}
	}
	return ""
}

// excludeMisfits adds to x.descExclude the recently named companies whose
// names end in a holder word when the description at toks[i] is headed by
// an operating-company noun.
func (x *extractor) excludeMisfits(toks []token, i int) {
	if !misfitHeads[descHeadAt(toks, i)] {
		return
	}
	for s, last := range x.lastSeen {
		if x.sentIdx-last > 4 {
			continue
		}
		w := strings.Fields(x.nameOf(s))
		if len(w) < 2 || !holderNameEnds[wordKey(w[len(w)-1])] {
			continue
		}
		if x.descExclude == nil {
			x.descExclude = map[string]bool{}
		}
		x.descExclude[s] = true
	}
}
