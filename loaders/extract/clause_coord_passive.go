package extract

// A participle coordinated after a passive verb group shares its "be"
// (round 43, dev27): in "X is chaired by P and run by group chief
// executive Q", "run by Q" is passive too, and its subject is X, the
// subject of "is chaired" (coordinatedSubject).

// markCoordPassive marks each bare participle with a "by" phrase, right
// after "and", as passive when a passive verb group precedes it in the
// clause.
func (c *clauses) markCoordPassive() {
	for v := 2; v+1 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || u.Passive || !c.isPunct(v-1, "and") || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "by" {
			continue
		}
		if f := c.ts[u.Head].Form; f != formPast && f != formPart || u.Head != u.From {
			continue // a bare participle: no auxiliary of its own
		}
		for k := v - 2; k >= 0 && !c.boundary(k) && !c.isPunct(k, ";"); k-- {
			if c.us[k].Kind == 'V' {
				c.us[v].Passive = c.us[k].Passive
				break
			}
		}
	}
}
