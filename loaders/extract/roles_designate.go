package extract

import "strings"

// A title with "-designate" is one a person is named to and has not yet
// taken (round 16, helper z20roles, the roles6 drill): "P, CEO-designate
// of X", "X CEO-designate P", "P, chief executive-designate of X" are
// planned titles. The suffix is dropped from the gap between the person
// and the organisation, so the title rules read the title, and
// "designate" is added to the words the modality is read from
// (plannedRE).

// designateGap drops "-designate" from a gap between two entities and
// returns the modality words it stands for, or the gap unchanged and "".
func designateGap(gap string) (string, string) {
	if !strings.Contains(gap, "-designate") {
		return gap, ""
	}
	return strings.ReplaceAll(gap, "-designate", ""), " designate"
}
