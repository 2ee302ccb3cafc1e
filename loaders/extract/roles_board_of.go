package extract

import "strings"

// "P chairs the board" names whose board only by the discourse, but "P
// chaired the board of the Finnish operator Y" names it in its own phrase
// (round 21, z25role; roles_bare.go): the title is Y's, not that of a
// company the sentence named before P ("After leaving Telenor, P chaired
// the board of ... Elisa"). A possessive ("the board of X's unit Y") or
// a past or parent company in the description leaves the discourse reading.

// boardOwnerDescriptor reports whether the words between "the board of"
// and the name only describe the name ("the Finnish operator", "the
// mobile unit").
func boardOwnerDescriptor(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		switch w {
		case "of", "former", "parent", "board", "committee":
			return false
		}
	}
	return true
}

// boardOfOwner is the organisation marker of "the board of <desc> <org>
// <name>?<'s>?": the name after a description that resolved to another
// company ("the mobile operator Y": Y), none for a possessive.
func (x *extractor) boardOfOwner(s *sent, desc, org, name, poss string) (string, bool) {
	if org == "" || poss != "" || !boardOwnerDescriptor(desc) {
		return "", false
	}
	if name = strings.TrimSpace(name); name != "" {
		if a, ok := x.one(s, org); ok && a.m != nil && a.m.Coref {
			return name, true
		}
		return "", false // two names in a row: no plain "board of Y"
	}
	return org, true
}
