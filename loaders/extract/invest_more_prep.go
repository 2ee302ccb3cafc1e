package extract

// A holder of two companies with the preposition repeated (round 45,
// dev28): "the carrier has also become a shareholder in Lambda, the US
// GPU cloud, and in Perplexity, the AI search start-up". The copula reads
// the first; the second, after "and" and the same preposition, over an
// apposition set off by commas, is held too.

// morePrepObjects are the entity units of prepositional phrases with prep
// coordinated after the object at unit at.
func (c *clauses) morePrepObjects(at int, prep string) []int {
	var out []int
	for j := at + 1; ; {
		k := j
		if c.isPunct(k, ",") {
			m := k + 1
			for m < len(c.us) && m < k+8 && !c.isPunct(m, ",") && !c.boundary(m) && c.us[m].Kind != 'V' && (c.us[m].Kind != 'E' || c.isCountry(m)) && !c.relative(m) {
				m++
			}
			if m > k+1 && c.isPunct(m, ",") {
				k = m // ", the US GPU cloud,"
			}
		}
		if c.isPunct(k, ",") {
			k++
		}
		if k+2 >= len(c.us) || c.us[k].Kind != 'O' || c.us[k].words != "and" || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != prep ||
			c.us[k+2].Kind != 'E' || c.ents[c.us[k+2].ent].poss || c.isCountry(k+2) {
			return out
		}
		out = append(out, k+2)
		j = k + 3
	}
}
