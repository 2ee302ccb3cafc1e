package extract

import "strings"

// An alias defined in parentheses right after a name ("Vodafone Group Plc
// ("Vodafone") today announced ...") stands between the name and its verb
// and is no part of the clause: the subject is the name before it.

// aliasParen returns the entity unit before the parenthesis that closes at
// unit j when the parenthesis holds only an entity (in quotes or not) of
// the same entity, else -1.
func (c *clauses) aliasParen(j int) int {
	if j < 3 || !c.isPunct(j, ")") {
		return -1
	}
	k := j - 1
	for k >= 0 && c.us[k].Kind == 'O' && isQuote(c.us[k].words) {
		k--
	}
	if k >= 2 && c.us[k].Kind == 'N' && shortFormWord(c.us[k].words) && c.isPunct(k-1, "(") && c.us[k-2].Kind == 'E' {
		return k - 2 // "Saudi Telecom Company (stc) bought": a short form the register does not list
	}
	if k < 0 || c.us[k].Kind != 'E' {
		return -1
	}
	in := k
	k--
	for k >= 0 && c.us[k].Kind == 'O' && isQuote(c.us[k].words) {
		k--
	}
	if k < 1 || !c.isPunct(k, "(") || c.us[k-1].Kind != 'E' {
		return -1
	}
	a, b := c.ents[c.us[k-1].ent], c.ents[c.us[in].ent]
	if len(a.ms) != 1 || len(b.ms) != 1 || c.s.ms[a.ms[0]].Slug == "" || c.s.ms[a.ms[0]].Slug != c.s.ms[b.ms[0]].Slug {
		return -1
	}
	return k - 1
}

// isQuote reports whether a unit's text is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// shortFormWord reports whether a bracketed noun phrase is one short word
// that can only be a name's short form: "stc", "e&" (not "formerly",
// "unlisted", "2021").
func shortFormWord(w string) bool {
	if len(w) < 2 || len(w) > 5 || strings.ContainsAny(w, " 0123456789") {
		return false
	}
	_, closed := closedClass[w]
	return !closed
}
