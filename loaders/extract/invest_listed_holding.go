package extract

// A holder's holdings listed as verb phrases (round 45, dev29): "Italy's
// Ministry of Economy and Finance owns all of Sogei, holds about 30% of
// Leonardo and about 83% of CDP". The second holding verb follows a comma
// with no subject of its own; it shares the subject of the holding verb
// before it, when nothing but that verb's object (over its of-phrase)
// stands between them.

// listedHoldingSubject is the subject of the holding verb before the
// comma ahead of the holding verb at v, or -1.
func (c *clauses) listedHoldingSubject(v int) int {
	if v < 3 || !c.isPunct(v-1, ",") {
		return -1
	}
	for j := v - 2; j >= 0 && j >= v-8; j-- {
		u := c.us[j]
		switch {
		case u.Kind == 'V':
			if !holdingLemmas[u.Lemma] || u.Passive || u.Neg {
				return -1
			}
			if s := c.subject(j); s >= 0 && c.us[s].Kind == 'E' {
				return s
			}
			return -1
		case c.isPunct(j, ",") || c.boundary(j) || c.relative(j) || u.Kind == 'O' && u.words == "and":
			return -1
		}
	}
	return -1
}
