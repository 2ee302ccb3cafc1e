package extract

import "regexp"

// A company named as the owner or backer of the company a title is at
// holds no title itself (round 21: helpers z25role and z25hn wrote this
// guard each, one from the wrong facts of writers a5 and d5, one from the
// hard negative "a subsidiary's CEO" the blind writers were asked for;
// merged here): "P, chief executive of SoftBank-controlled chip designer
// Arm" is no title at SoftBank, nor "P, chairman of a Nokia-backed
// start-up" at Nokia, nor "P, the chairman of Telstra–majority-owned
// Kinetica" at Telstra. The name before the hyphenated ownership word
// modifies the company after it. (The title at that company is not given
// here: dev5's writer, the one read sentence of this shape, leaves it out
// of the gold.)

// ownerModifierRE is the hyphenated ownership word that follows a name.
var ownerModifierRE = regexp.MustCompile(`^[-–‑](?:(?:majority|wholly|state|jointly|partly|part|fully)[-–‑])?(?:controlled|owned|backed|funded|financed|run|led|affiliated|listed|supported)\b`)

// ownerModifierArg reports whether argument b is such an owner: its
// mention is followed at once by the hyphenated ownership word.
func ownerModifierArg(s *sent, b arg) bool {
	if b.m == nil || b.m.Poss || b.m.End >= len(s.text) {
		return false
	}
	return ownerModifierRE.MatchString(s.text[b.m.End:])
}
