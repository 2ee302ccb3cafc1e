package extract

// A nationality description in the possessive in apposition to a person
// (helper z19coref, issue 13): "Ryu Young-sang, the Korean carrier's
// chief executive, said" describes the company whose title the person
// holds, and is resolved like "the Korean carrier's chief executive"
// anywhere else. possAppos (hq_lists.go) leaves a possessive description
// after a company's name unresolved ("Deutsche Telekom Capital Partners,
// the German operator's investment firm": the owner, not the name); after
// a person's name there is no such name to mistake it for.

// personApposed reports whether the description at toks[i] follows a
// comma right after a person's name.
func (x *extractor) personApposed(toks []token, i int) bool {
	if i < 2 || toks[i-1].Text != "," {
		return false
	}
	end := toks[i-2].End
	for _, m := range x.curMs {
		if m.Kind == 'P' && m.Slug != "" && m.End == end {
			return true
		}
	}
	return false
}
