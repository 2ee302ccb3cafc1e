package extract

// headlineInfinitive reports whether the "to" at unit j opens a headline's
// partnership to come: the names that open the sentence, then "to" and a
// partner verb or a verb taking a partnership noun, with no finite verb
// before ("A and B to form AI-RAN partnership", "A, B to team up on
// satellite links"). The names are then the verb's subject. Other verbs
// are left to the families that read headlines their own way.
func (c *clauses) headlineInfinitive(j int) bool {
	if j != 1 || c.us[0].Kind != 'E' || c.ents[c.us[0].ent].poss || j+1 >= len(c.us) || c.us[j+1].Kind != 'V' {
		return false
	}
	v := c.us[j+1]
	if partnerVerbs[v.Lemma] || partnerVerbs[v.Lemma+" "+v.Particle] {
		return true
	}
	return j+2 < len(c.us) && c.us[j+2].Kind == 'N' && partnershipNouns[c.us[j+2].Lemma]
}
