package extract

// A description that opens the sentence and the name in apposition after
// it (helper z24inv, round 20): "Japan's largest mobile carrier, NTT
// Docomo, joined the round", "Deutsche Telekom's venture arm, T.Capital,
// also joined": the name between the commas is the verb's subject, as it
// is when the name comes first ("NTT Docomo, Japan's largest carrier,
// joined").

// leadingDescription reports whether the units before the comma at k are
// one description from the sentence's start: a common noun phrase that is
// no time, maybe after a possessive name ("Deutsche Telekom's venture
// arm") or modifiers.
func (c *clauses) leadingDescription(k int) bool {
	n := k - 1
	if n < 0 || c.us[n].Kind != 'N' || temporal(c.us[n].words) || c.relative(n) {
		return false
	}
	if n > 0 && c.isPunct(n-1, ";") {
		return true // "...; his predecessor, P, is now chairman" (round 33, dev20)
	}
	switch n {
	case 0:
		return true
	case 1:
		u := c.us[0]
		return u.Kind == 'M' || u.Kind == 'E' && c.ents[u.ent].poss && len(c.ents[u.ent].ms) == 1
	case 2:
		// "Three Japanese heavyweights, A, B and C, also came in": a
		// country adjective splits the description (round 33, dev20)
		return c.us[0].Kind == 'M' && c.us[1].Kind == 'E' && !c.ents[c.us[1].ent].poss && c.isCountry(1)
	}
	return false
}
