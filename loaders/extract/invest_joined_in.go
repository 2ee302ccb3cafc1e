package extract

// "A joined B in backing Y" (helper z22binv, issue 13, from real news):
// the subject of "join" does what the gerund after "in" says, with the
// one it joined: "Acme has joined Borealis in backing Granite" states that
// Acme and Borealis both back Granite. Before, the gerund's subject was
// taken to be B alone.

// joinedInGerund returns, for verb v in "A joined B in V-ing", the unit
// of A and of B; -1, -1 when v is not such a gerund.
func (c *clauses) joinedInGerund(v int) (subj, with int) {
	j := v - 1
	if j < 2 || c.ts[c.us[v].Head].Form != formIng || c.us[j].Kind != 'P' || c.us[j].Lemma != "in" || c.us[j-1].Kind != 'E' {
		return -1, -1
	}
	k := j - 2
	if c.us[k].Kind != 'V' || c.us[k].Lemma != "join" || c.us[k].Neg || c.us[k].Passive {
		return -1, -1
	}
	s := c.subject(k)
	if s < 0 || c.us[s].Kind != 'E' {
		return -1, -1
	}
	return s, j - 1
}
