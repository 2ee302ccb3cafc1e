package extract

// Joint work done through a joint venture (round 34, dev21): "Reliance
// Industries will develop AI software for businesses with Meta Platforms
// through a new joint venture" states a joint venture of the two, not a
// partnership: the with-phrase names the partner, the through-phrase the
// form the work takes.

// throughVenture reports whether a phrase "through/via/in/under a (new)
// joint venture" starts at unit k or right after one more phrase.
func (c *clauses) throughVenture(k int) bool {
	for _, p := range c.pps(k) {
		if p.prep != "through" && p.prep != "via" && p.prep != "under" {
			continue
		}
		if p.at < len(c.us) && c.us[p.at].Kind == 'N' && c.us[p.at].Lemma == "venture" && c.us[p.at].hasMod("joint") {
			return true
		}
	}
	return false
}
