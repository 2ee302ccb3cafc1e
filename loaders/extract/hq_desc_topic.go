package extract

import "slices"

// A nationality description is usually the company the article is about:
// "The financing also included a cheque from A, which first backed the
// Korean firm in 2024" after a story about a Korean start-up that named
// Samsung Electronics once, for its foundry; "This month the US start-up
// agreed ..." after a paragraph that named Intel once, as a new
// executive's former employer. The most recent company of that country
// is then a passing mention, named once, while the company of that
// country the article keeps naming is the one meant.

// topicReach is how many sentences back the article's own company of a
// country may have been named last.
const topicReach = 10

// topicOverPassing is, when s was named once so far, in an earlier
// sentence (a company named beside the description, "KDDI ..., but the
// Japanese carrier", is meant) and is not the topic of the section the
// description stands in, the one company of
// country (known by the article or a prior, of the kind the description
// asks for) named at least three times and more often than any other of
// that country within topicReach; s otherwise.
func (x *extractor) topicOverPassing(s, country string) string {
	if s == "" || x.counts[s] > 1 || slices.Contains(x.curOrgs, s) {
		return s
	}
	if t, _ := x.sectionTopic(); t == s {
		return s
	}
	best, bestN, tie := "", 0, false
	for c, n := range x.counts {
		if c == s || x.sentIdx-x.lastSeen[c] > topicReach || x.descExclude[c] || !companyLike(x.typeOf(c)) || x.knownNation(c) != country || !x.kindFits(c, x.descKind) {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, tie = c, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN < 3 || tie {
		return s
	}
	return best
}
