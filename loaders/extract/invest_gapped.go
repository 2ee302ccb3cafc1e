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
	if u := c.us[n]; u.Kind == 'V' && (u.Lemma == "hold" || u.Lemma == "own" || u.Lemma == "have") && !u.Neg && !u.Passive {
		n++ // "of J, and B holds 49%": the verb said again
	}
	if n >= len(c.us) || c.us[n].Kind != 'N' || !jointSplitWord(c.us[n].words) ||
		n+1 < len(c.us) && c.us[n+1].Kind == 'P' && (c.us[n+1].Lemma == "of" || c.us[n+1].Lemma == "in") {
		return arg{}, nil, false // "and B holds 10% of K": B's own holding
	}
	return items[1], items[:1], true
}

// gappedClause reads the clause after a stake that names a second holder
// and its share and leaves the company out: "A has a 40% stake in Y, and
// B has 34%" (B holds a share of Y), its verb left out too after a
// description or pronoun that no list joins to the holder ("A will own
// 70% of the new company and B the rest", helper z24inv). The unit after
// the investee at is "and" or a comma, then one entity, a holding verb or
// none and a share with no "of" or "in" after it; ok is false otherwise.
func (c *clauses) gappedClause(at int) (holder int, ok bool) {
	n := at + 1
	for n < len(c.us) && c.us[n].Kind == 'O' && (c.us[n].words == "," || c.us[n].words == "and" || c.us[n].words == ", and") {
		n++
	}
	if n == at+1 || n+1 >= len(c.us) || c.us[n].Kind != 'E' {
		return 0, false
	}
	share := n + 2
	if u := c.us[n+1]; u.Kind == 'N' {
		share = n + 1 // "of the new company and B the rest": the verb left out
	} else if u.Kind != 'V' || u.Lemma != "hold" && u.Lemma != "own" && u.Lemma != "have" || u.Neg || u.Passive {
		return 0, false
	}
	if share >= len(c.us) {
		return 0, false
	}
	if s := c.us[share]; s.Kind != 'N' || !jointSplitWord(s.words) ||
		share+1 < len(c.us) && c.us[share+1].Kind == 'P' && (c.us[share+1].Lemma == "of" || c.us[share+1].Lemma == "in") {
		return 0, false
	}
	return n, true
}
