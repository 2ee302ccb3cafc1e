package extract

import "strings"

// A group a company owns is not the group a roster speaks of: in "Its
// founding members range from A and B to C, as is D, whose Telecom Infra
// Project has run trials", the Telecom Infra Project is D's, named to say
// who D is, and "Its" is the group of the sentences before; so is "E's
// research consortium" in a sentence that lists another group's members.

// ownedGroup reports whether the group mention ms[i] is owned by another
// party: right after "whose" or after a company's possessive ("Facebook's
// Telecom Infra Project").
func ownedGroup(s *sent, i int) bool {
	m := s.ms[i]
	before := strings.TrimRight(s.text[:m.Start], " ")
	if w := strings.ToLower(before[strings.LastIndex(before, " ")+1:]); w == "whose" {
		return true
	}
	for _, o := range s.ms {
		if o.Poss && o.Kind == 'C' && o.PossEnd <= m.Start && strings.TrimSpace(s.text[o.PossEnd:m.Start]) == "" {
			return true
		}
	}
	return false
}
