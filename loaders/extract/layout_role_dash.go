package extract

import (
	"regexp"
	"strings"
)

// A people line set out as "Name - Title of Org" (round 35, dev22: "People
// named\n\n- Justin Hotard - President and CEO of Nokia since April 2025\n-
// Jensen Huang - founder and CEO of Nvidia"). The spaced dash after the
// name does the work of an apposition's comma, which the title rules read
// ("Jane Park, President and CEO of Acme"); as a dash it was read as
// nothing, or as a list's separator. The dash is masked as a comma and
// blanks, so the line keeps its length and the evidence its offsets. The
// name is at most six capitalised words; the role must hold a title and
// "of" or "at" before a capital, else the dash stays (an investor's role,
// "Nvidia - strategic investor", is invest_role_items.go's).

// roleDashRE is an optional item marker, a name, a spaced dash and a role
// with a title.
var roleDashRE = regexp.MustCompile(`^(\s*(?:[-*•–—·]\s+)?)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,5})( [-–—] )((?i:[a-z ,&-]{0,40}?\b(?:ceo|chief executive|chair|chairman|chairwoman|chairperson|president|founder|managing director)\b)[^\n]*\b(?:of|at) \p{Lu}[^\n]*)$`)

// maskRoleDashes masks the dash of every people line in text.
func maskRoleDashes(text string) string {
	if !strings.Contains(text, " - ") && !strings.Contains(text, " – ") && !strings.Contains(text, " — ") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, l := range lines {
		m := roleDashRE.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		dash := l[m[6]:m[7]]
		lines[i] = l[:m[6]] + "," + strings.Repeat(" ", len(dash)-1) + l[m[7]:]
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}
