package extract

import "regexp"

// A sentence that opens with "X's venture arm, Y," is about Y, the
// apposed name, not about X, the possessor (round 43, probe25a drill):
// after "Larkspur Telecom's venture arm, Larkspur Ventures, has become
// one of Europe's busiest operator investors", the next sentence's "its"
// and "it" are Larkspur Ventures'.

// possUnitGapRE is the description between the possessor and the name:
// " venture arm, ", " cloud unit, ", " parent, ".
var possUnitGapRE = regexp.MustCompile(`^ (?:[\w-]+ ){0,3}?[\w-]+, $`)

// possUnitOpener is the slug of Y when sentence s opens with "X's
// <description>, Y,", or "".
func possUnitOpener(s *sent) string {
	var first, second *mention
	for i := range s.ms {
		m := &s.ms[i]
		if m.Slug == "" || m.Kind != 'C' && m.Kind != 'V' {
			continue
		}
		if first == nil {
			first = m
			continue
		}
		second = m
		break
	}
	if first == nil || second == nil || !first.Poss || first.Start > 4 || second.PossEnd >= len(s.text) || s.text[second.PossEnd] != ',' {
		return ""
	}
	if !possUnitGapRE.MatchString(s.text[first.PossEnd:second.Start]) {
		return ""
	}
	return second.Slug
}
