package extract

// A preposition's object may be a description with the name set off
// after it: "partnered with Thailand's biggest operator, C, to ...",
// "a deal with two Indian telcos, A and B." The name, not the
// description, is the object. The name must close the phrase (a comma
// not followed by a verb, or the clause's end), so "a deal with the
// operator, Nokia said" keeps the description.

// ppApposedName returns the entity unit apposed to the company
// description at unit k ("[Country's] ... N, NAME,"), else k.
func (c *clauses) ppApposedName(k int) int {
	j := k
	if j+1 < len(c.us) && c.us[j].Kind == 'E' && c.isCountry(j) {
		j++ // "Thailand's biggest operator", "two Indian telcos"
	}
	if j >= len(c.us) || c.us[j].Kind != 'N' || !companyNouns[c.us[j].Lemma] || !c.isPunct(j+1, ",") {
		return k
	}
	e := j + 2
	if e >= len(c.us) || c.us[e].Kind != 'E' || c.isCountry(e) || c.ents[c.us[e].ent].poss {
		return k
	}
	if n := e + 1; n < len(c.us) && !c.boundary(n) && !(c.isPunct(n, ",") && !(n+1 < len(c.us) && c.us[n+1].Kind == 'V')) {
		return k
	}
	return e
}
