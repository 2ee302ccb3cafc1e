package extract

import (
	"regexp"
	"strings"
)

// formerAtApposRE is an apposition after a person that places the person at
// another organisation before ("P, formerly a president at Marvell,", "P,
// previously head of cloud at X,", "P, a former executive of X,"): a
// "became" after it is still P's (round 41, dev26: "Raghib Hussain,
// formerly a president at Marvell, became Altera's chief executive in May").
var formerAtApposRE = regexp.MustCompile(`^, (?:formerly|previously|once|most recently|until recently|a former|the former|an? ex-)[^,]{0,40} (?:at|of|with|for)(?: the)? $`)

// becomeWords is the title a "became"/"took over as" clause gives (group 2
// of becomeRE, trimmed): before "of"/"at" the owner follows ("became chief
// executive of O"), and with nothing or a possessive owner ("became O's")
// the title is the words after the owner's name (tail). ok is false when
// the words name no title slot.
func becomeWords(m2 string, poss bool, tail string) (string, bool) {
	words := strings.TrimSpace(m2)
	switch {
	case strings.HasSuffix(words, " of the"), strings.HasSuffix(words, " at the"):
		return words[:len(words)-7], true // "will become managing director and CEO of O"
	case strings.HasSuffix(words, " of"), strings.HasSuffix(words, " at"):
		return words[:len(words)-3], true
	case words == "" || poss:
		return words + " " + tail, true
	}
	return "", false
}
