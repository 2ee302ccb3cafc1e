package extract

import (
	"regexp"
	"strings"
)

// clauseOpenRE ends the text before an "it" that opens a new clause after
// a colon or a semicolon: "Meta is no stranger to Reliance: it took a
// stake in Jio Platforms".
var clauseOpenRE = regexp.MustCompile(`[:;]$`)

// clauseSubjectIt is the company an "it" opening a clause after a colon or
// semicolon stands for: the sentence's first company, the subject of the
// clause before, when it opened the sentence; "" leaves the nearest
// company to pronounCompany.
func (x *extractor) clauseSubjectIt(before string) string {
	if !clauseOpenRE.MatchString(strings.TrimSpace(before)) || len(x.curOrgs) < 2 || !x.curLead {
		return ""
	}
	return x.curOrgs[0]
}

// clauseGroupIt is the group an "it" opening a clause after a colon or
// semicolon stands for when the sentence opened with that group and has
// named no company and no other group so far: "The O-RAN Alliance writes
// interface specifications; it was founded by A and B" (issue 13, helper
// z20found). "" leaves "it" to the other readings.
func (x *extractor) clauseGroupIt(before string) string {
	if !clauseOpenRE.MatchString(strings.TrimSpace(before)) || len(x.curOrgs) > 0 || len(x.curMs) == 0 {
		return ""
	}
	first := x.curMs[0]
	if first.Kind != 'A' || first.Slug == "" || first.Coref {
		return ""
	}
	for _, g := range x.curGroups {
		if g != first.Slug {
			return ""
		}
	}
	return first.Slug
}
