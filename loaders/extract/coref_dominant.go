package extract

import "github.com/telcograph/telcograph/schema"

// This file gives "the start-up" to the company an article about money
// is about when the resolver's choice cannot be a start-up and no company
// known to be one is in reach (round 31, dev18: an explainer on who owns
// CoreWeave says "In December 2023 a group led by Fidelity Management &
// Research bought $642 million of shares ... Five months later the
// start-up raised $1.1 billion"; the start-up is not the fund). The
// company is the one the article has named most, at least dominantMin
// times, that is no investing firm; none when two tie. Tried and dropped:
// the same for a plain "the company" read as a money firm (it cost the
// development corpus a fact and the investment drills two).

// dominantMin is how often a company must have been named to be what the
// article is about.
const dominantMin = 3

// moneyFirm reports whether slug is an investing firm by name or priors,
// or a company the article has told only as an investor.
func (x *extractor) moneyFirm(slug string) bool {
	return x.investorKnown(slug) || x.fundLike(slug) || x.investorOnly(slug)
}

// dominantCompany is the company named most so far that a description
// asking for kind may name and that is no money firm, or "".
func (x *extractor) dominantCompany(kind string) string {
	best, bestN, tie := "", 0, false
	for s, n := range x.counts {
		if x.typeOf(s) != schema.TypeCompany || x.descExclude[s] || x.moneyFirm(s) || !x.kindFits(s, kind) {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, tie = s, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN < dominantMin {
		return ""
	}
	return best
}
