package extract

// This file keeps a round's participants whose list ends in an item the
// mention layer did not take for a name (helper x13z5, issue 13): in "the
// round, in which BlackRock, Neuberger Berman, Samsung, Cisco, Altimeter
// and 1789 Capital took part" the name that opens with a number is read
// as a plain noun phrase, so the verb has no entity subject; the items
// before the "and" took part all the same. The odd item itself stays
// unread (no name), and a list joined by anything but "and" right before
// the odd item, or a verb with an entity subject, is left as it is.

// listBeforeOddItem is the entity list before "and ODD" that ends right
// before verb v ("A, B and 1789 Capital took part"), or -1.
func (c *clauses) listBeforeOddItem(v int) int {
	if v < 3 || c.us[v-1].Kind != 'N' || c.us[v-2].Kind != 'O' || c.us[v-2].words != "and" || c.us[v-3].Kind != 'E' {
		return -1
	}
	if c.ents[c.us[v-3].ent].poss || c.isCountry(v-3) || temporal(c.us[v-1].words) {
		return -1
	}
	return v - 3
}
