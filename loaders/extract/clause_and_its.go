package extract

import "strings"

// A parent coordinated with its own unit names both as one party (round
// 33, dev20): "In March the group and its subsidiary KDDI Digital
// Divergence Holdings bought 53.4% of ELYZA" states that the group and
// the subsidiary bought it. The describing "its subsidiary" keeps the two
// entity units apart (no list is read across it), so the unit after it
// carries the one before: args gives both.

// markAndIts records each entity unit that follows "A and its
// subsidiary/unit/arm/affiliate/division" with the unit of A.
func (c *clauses) markAndIts() {
	for j := 3; j < len(c.us); j++ {
		d := c.us[j-1]
		if c.us[j].Kind != 'E' || d.Kind != 'M' || !strings.HasPrefix(d.words, "its ") || !describerNouns[d.Lemma] ||
			c.us[j-2].Kind != 'O' || c.us[j-2].words != "and" || c.us[j-3].Kind != 'E' || c.ents[c.us[j-3].ent].poss || c.ents[c.us[j].ent].poss {
			continue
		}
		if c.andIts == nil {
			c.andIts = make(map[int]int)
		}
		c.andIts[j] = j - 3
	}
}
