package extract

// "Founding member A said ...", "Founding X member A welcomed ...": a
// sentence that opens with "Founding" before a member noun opens with a
// noun phrase (a rank in a group, as "Charter member A" would), not with
// a gerund whose object A was founded. Read as the verb, it stated that A
// had been founded. The noun phrase may carry the group's name before the
// member noun ("Founding Harbour Alliance member A").

// rankNouns are the nouns "Founding" ranks as a modifier.
var rankNouns = map[string]bool{
	"member": true, "members": true, "partner": true, "partners": true, "backer": true, "backers": true,
	"signatory": true, "signatories": true, "sponsor": true, "sponsors": true, "participant": true,
}

// foundingRankOpener reports whether the founding verb at unit v opens the
// sentence and a member noun stands between it and its object obj: the
// words are a noun phrase naming a founding member, not a founding.
func (c *clauses) foundingRankOpener(v, obj int) bool {
	if v != 0 || c.us[v].words != "founding" || obj <= v {
		return false
	}
	for k := v + 1; k < obj; k++ {
		if (c.us[k].Kind == 'M' || c.us[k].Kind == 'N') && rankNouns[c.us[k].Lemma] {
			return true
		}
	}
	return false
}
