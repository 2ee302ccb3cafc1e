package extract

// A possessive at the end of a list of organisations owns only the title
// after it (round 21, z25role): "P1, chief executive of A, and B's chief
// executive P2" reads "A, and B's" as one list unit, but the singular
// title is B's alone; A is P1's company. "A and B's co-CEOs, P and Q" (a
// plural title) and a list whose every member is possessive keep the
// whole list.

// possListLast is the last mention of the list unit u when it alone is
// possessive ("A, and B's"); ok is false for one name or a list of
// possessives.
func (c *clauses) possListLast(u int) (int, bool) {
	e := c.ents[c.us[u].ent]
	if !e.poss || len(e.ms) < 2 {
		return 0, false
	}
	for _, i := range e.ms[:len(e.ms)-1] {
		if c.s.ms[i].Poss {
			return 0, false
		}
	}
	return e.ms[len(e.ms)-1], true
}
