package extract

// An unknown capitalised word glued to a known company's name ("Orange
// Money", "MTN Mobile Money") is that company's product or unit, written
// as one name with it, not an organisation of its own listed beside it.
// Read as a list item next to known organisations, "Money" became a
// company, and "the French group" in the next sentence resolved to it
// (dev split, 2026-12-04: a wrong headquarters, chief executive and
// chairman). gluedToName keeps such a word from the list cue that makes
// unknown names organisations (rules.go).

// gluedToName reports whether the unknown mention ms[i] follows a known
// organisation's name with a single space and nothing else between.
func gluedToName(text string, ms []mention, i int) bool {
	for k := range ms {
		p := ms[k]
		if k == i || p.Kind == 'U' || !isOrgKind(p.Kind) || p.Poss || p.End >= ms[i].Start {
			continue
		}
		if text[p.End:ms[i].Start] == " " {
			return true
		}
	}
	return false
}
