package extract

// A comma splice after an object (helper z22binv, issue 13, from real
// news): in "Acme invested in Granite, Borealis invested in Cobalt" the
// pair "Granite, Borealis" is no list: the second name is the subject of
// the verb after it, and reading the pair as one list made Granite an
// investor in Cobalt. A pair joined by a bare comma, after a preposition
// of a clause that has its verb (clauseVerbSplit's conditions), splits
// when any finite verb follows the second name: a past form, a present
// form agreeing with it, or an auxiliary.

// splicedVerb reports whether w, the word after the second name of a
// comma-joined pair, is a finite verb or an auxiliary.
func splicedVerb(w string) bool {
	if auxLemma[w] != "" {
		return true
	}
	_, f, ok := verbForm(w)
	return ok && (f == formPast || f == formPres3) && !nounOnly[w]
}
