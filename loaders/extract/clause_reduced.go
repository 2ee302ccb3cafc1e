package extract

// A reduced relative inside an apposition: "Core42, a G42 unit
// established last year, will run the platform". The participle describes
// the apposition's noun and is not the clause's verb, so the subject of
// "will run" is the name before the apposition.

// reducedRelative reports whether unit k is a one-word past participle
// right after a noun of an apposition, with no named object after it.
func (c *clauses) reducedRelative(k int) bool {
	u := c.us[k]
	if u.Kind != 'V' || u.Passive || u.Neg || u.To-u.From != 1 || k < 2 || u.From >= len(c.ts) {
		return false
	}
	if f := c.ts[u.From].Form; f != formPast && f != formPart {
		return false
	}
	if p := c.us[k-1].Kind; p != 'N' {
		return false
	}
	return k+1 < len(c.us) && c.us[k+1].Kind != 'E'
}
