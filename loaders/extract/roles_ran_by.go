package extract

// The organisation a successor's title belongs to when the successor is
// the agent of a passive of running (issue 13, roles3 drill): "That
// carrier is now run by P, who replaced Q as chief executive in
// November" - P's and Q's title is the carrier's, whatever company the
// article is otherwise about.

// ranByOwner is the subject of "X is run/led/headed by P" when person
// unit p is the agent of that passive.
func (c *clauses) ranByOwner(x *extractor, p int) (arg, bool) {
	if p < 2 || c.us[p-1].Kind != 'P' || c.us[p-1].Lemma != "by" {
		return arg{}, false
	}
	v := p - 2
	if c.us[v].Kind != 'V' || !c.us[v].Passive || !runLemmas[c.us[v].Lemma] {
		return arg{}, false
	}
	s := c.subject(v)
	if s < 0 || c.isPerson(x, s) || c.isCountry(s) {
		return arg{}, false
	}
	if as := c.args(x, s); len(as) == 1 && x.resolve(as[0], orgTypesAll) != "" {
		return as[0], true
	}
	return arg{}, false
}

// describesOther reports whether the organisation a board stands for was
// named after another person than the chair p and before p, so inside
// that person's description: in "W, who is head of the Research
// Institute at SoftBank Corp., succeeds Q, who chaired the board", the
// board is not the institute's.
func (c *clauses) describesOther(x *extractor, org arg, p int) bool {
	if org.m == nil {
		return false
	}
	for i := 0; i < p; i++ {
		if c.us[i].Kind == 'E' && c.isPerson(x, i) && c.us[i].Start < org.m.Start && org.m.Start < c.us[p].Start {
			return true
		}
	}
	return false
}
