package extract

// skipApproximation skips the words that make a count approximate before
// the counted noun ("has more than 100 members", "counts over 300
// members", "now has about 40 members") and returns the unit after them.
func (c *clauses) skipApproximation(n int) int {
	for n < len(c.us) {
		u := c.us[n]
		switch {
		case u.Kind == 'O' && u.tag == posAdv:
			n++
		case u.Kind == 'P' && approxPreps[u.Lemma] && n > 0 && (approxPreps[c.us[n-1].Lemma] || c.us[n-1].Kind == 'O' || c.us[n-1].Kind == 'V'):
			n++ // "more than", "over", "about", "around"
		default:
			return n
		}
	}
	return n
}

// approxPreps are the prepositions of an approximate count.
var approxPreps = map[string]bool{"than": true, "over": true, "about": true, "around": true, "nearly": true, "almost": true, "under": true}
