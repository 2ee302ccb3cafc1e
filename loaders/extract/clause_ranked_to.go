package extract

import "strings"

// "Bharti Airtel became the latest telecom operator to bundle
// Perplexity's answer engine with its plans", "X is the first carrier to
// join the alliance": an infinitive after a ranked predicate noun (first,
// latest, second, only, ...) tells what the copula's subject did (round
// 33, dev20). Without a rank the noun is a kind, not the subject's deed
// ("A is a good partner to help B").

// infinitiveRanks rank the predicate noun of a ranked infinitive.
var infinitiveRanks = map[string]bool{
	"first": true, "latest": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true,
	"newest": true, "only": true, "next": true, "biggest": true, "largest": true,
}

// rankedInfinitive returns the subject of "be"/"become" when unit m is a
// ranked noun phrase right after it; -1 otherwise.
func (c *clauses) rankedInfinitive(m int) int {
	if m < 1 || c.us[m].Kind != 'N' || c.us[m-1].Kind != 'V' || c.us[m-1].Neg || (c.us[m-1].Lemma != "be" && c.us[m-1].Lemma != "become") {
		return -1
	}
	ranked := false
	for _, w := range strings.Fields(c.us[m].words) {
		ranked = ranked || infinitiveRanks[w]
	}
	if !ranked {
		return -1
	}
	return c.subject(m - 1)
}
