package extract

// This file (helper x14jv, issue 13, the ventures drill) keeps a second
// holder apart from a first holder's holdings when news leaves out the
// verb: "A will hold 51% of J, and B the rest" is two holders of J, not A
// holding J and B; so is "A holds 20% of Y, and B holds 10%". The list
// after "of" ("J, and B") is read there by stake.verb (invest.go).

// gappedHolder reads a list after "of" whose last item a share follows,
// its verb left out or said again ("holds 51% of J, and B the rest", "of J
// and B 49%", "of J, and B holds 49%"): that item is the second holder of
// J, not a second holding. ok is false unless the list is exactly J and
// the holder.
func (c *clauses) gappedHolder(at int, items []arg) (holder arg, rest []arg, ok bool) {
	if len(items) != 2 || at+1 >= len(c.us) {
		return arg{}, nil, false
	}
	n := at + 1
	if u := c.us[n]; u.Kind == 'V' && (u.Lemma == "hold" || u.Lemma == "own") && !u.Neg && !u.Passive {
		n++ // "of J, and B holds 49%": the verb said again
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !jointSplitWord(c.us[n].words) ||
		n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "of" || c.us[n+1].Lemma == "in") {
		return arg{}, nil, false // "and B holds 10% of K": B's own holding
	}
	return items[1], items[:1], true
}
