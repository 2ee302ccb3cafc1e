package extract

// A listicle or a round-up heads each item with the pair it is about: "1.
// Vodafone x Google Cloud", "Deutsche Telekom + Perplexity". A line that
// is nothing but two named companies joined by "x", "×" or "+" states
// that they work together (the partners3 and partners4 drills' item
// headings); "A and B" alone is no such line, since a list of two names
// says nothing of what ties them (heading_pair.go reads it with the
// sentence under it) (helper z18part).
var headingPairJoins = map[string]bool{"x": true, "×": true, "+": true}

// famJoinedPair reads a sentence made of exactly "A x B".
func (x *extractor) famJoinedPair(c *clauses) {
	n := len(c.us)
	if n > 0 && c.isPunct(n-1, ".") {
		n--
	}
	if n != 3 || c.us[0].Kind != 'E' || c.us[2].Kind != 'E' || !headingPairJoins[c.us[1].words] {
		return
	}
	if c.isCountry(0) || c.isCountry(2) || c.ents[c.us[0].ent].poss {
		return
	}
	a, b := c.args(x, 0), c.args(x, 2)
	if len(a) != 1 || len(b) != 1 {
		return
	}
	x.rule = "partner.joined-pair"
	x.partnerPairs(c, a, b, "", 0.6)
}
