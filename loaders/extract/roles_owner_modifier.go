package extract

import "regexp"

// A company named as the owner or backer of the company a title is at
// holds no title itself (helper z25hn, round 21; the hard negative "a
// subsidiary's CEO" the blind writers were asked for): "P, chief executive
// of SoftBank-controlled chip designer Arm", "P, chairman of Telstra-owned
// Kinetica", "P, CEO of the Vodafone-backed start-up Kinetica". The name
// before "-controlled", "-owned", "-backed" modifies the company after it,
// which is the one P runs. (The title at that company is not given here:
// dev5's writer, the one read sentence of this shape, leaves it out of
// the gold.)

// ownerModifierRE is the hyphenated ownership word that follows a name.
var ownerModifierRE = regexp.MustCompile(`^[-–‑](?:(?:majority|wholly|state|jointly|partly|part|fully)[-–‑])?(?:controlled|owned|backed|funded|financed|run|led|affiliated)\b`)

// ownerModifierArg reports whether argument b is such an owner: its
// mention is followed at once by the hyphenated ownership word.
func ownerModifierArg(s *sent, b arg) bool {
	if b.m == nil || b.m.Poss || b.m.End >= len(s.text) {
		return false
	}
	return ownerModifierRE.MatchString(s.text[b.m.End:])
}
