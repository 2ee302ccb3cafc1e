package extract

import (
	"regexp"
	"strings"
)

// A list item named as another item's unit (round 34, dev21): "the group
// set up last year by BlackRock, its Global Infrastructure Partners unit,
// MGX and Microsoft" lists four founders; "its ... unit" describes the
// third name by the one before it, which stays in the list. The gap
// before the unit is ", its ", the gap after it "unit, " or "unit and ".

// unitWordAfterRE is a unit noun right after a name, closing its
// description.
var unitWordAfterRE = regexp.MustCompile(`^ (?:unit|arm|subsidiary|division|affiliate)\b`)

// unitGapAfterRE is the gap after such a name: the unit noun and a list
// separator.
var unitGapAfterRE = regexp.MustCompile(`^ (?:unit|arm|subsidiary|division|affiliate)(?:,\s*(?:and\s+)?|\s+and\s+)$`)

// unitGap reports whether gap, between mentions a and b of s, joins them
// around "its X unit".
func unitGap(s *sent, a, b int, gap string) bool {
	if strings.TrimSpace(gap) == ", its" || strings.TrimSpace(gap) == ",its" {
		return unitWordAfterRE.MatchString(s.text[s.ms[b].End:]) && !s.ms[a].Coref && !s.ms[b].Coref
	}
	if unitGapAfterRE.MatchString(gap) {
		before := strings.TrimRight(s.text[:s.ms[a].Start], " ")
		return strings.HasSuffix(before, " its") && !s.ms[a].Coref && !s.ms[b].Coref
	}
	return false
}
