package extract

import "regexp"

// A name that describes the title's company by its owner or backer is a
// modifier, never the holder of the title (round 21, z25role): "P, chief
// executive of SoftBank-controlled chip designer Arm" is no title at
// SoftBank, nor "P, chairman of a Nokia-backed start-up" at Nokia.

// ownerModifierRE opens the text after such a name.
var ownerModifierRE = regexp.MustCompile(`^[-–](?:backed|owned|controlled|funded|financed|listed|affiliated|supported|majority-owned|wholly-owned)\b`)

// ownerModifierArg reports whether b is a name written as such a modifier.
func ownerModifierArg(s *sent, b arg) bool {
	return b.m != nil && b.m.End <= len(s.text) && ownerModifierRE.MatchString(s.text[b.m.End:])
}
