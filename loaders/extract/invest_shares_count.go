package extract

// This file mends one tagging slip in share counts (helper x13i10, issue
// 13, on the drill testdata/drills/invest3): in "had bought roughly 567
// million Telefonica shares" the tagger reads the count as a measure and
// "shares" after the name as a verb ("Telefonica shares the market"), so
// the holding went unread. A number right before a name whose next word
// is "shares" makes that word the counted noun.

// countedShares reports whether entity unit k is counted by a number
// before it and followed by "shares" read as a verb: "567 million
// Telefonica shares".
func (c *clauses) countedShares(k int) bool {
	if k < 1 || k+1 >= len(c.us) || c.us[k+1].Kind != 'V' || c.us[k+1].words != "shares" {
		return false
	}
	p := c.us[k-1]
	return (p.Kind == 'M' || p.Kind == 'N') && p.words != "" && p.words[0] >= '0' && p.words[0] <= '9'
}
