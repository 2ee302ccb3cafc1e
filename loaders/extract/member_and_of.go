package extract

import (
	"regexp"
	"strings"
)

// andOfRE is a second group after a membership's first, its preposition
// repeated: "A is a member of the GSMA and of the O-RAN Alliance".
var andOfRE = regexp.MustCompile(`^,? and (?:also )?of (?:the )?(<A\d+>)`)

// andOfAlliance is the placeholder of the group that follows match (the
// text a "member of Y" rule matched in sk) as "and of Z", or "".
func andOfAlliance(sk, match string) string {
	at := strings.Index(sk, match)
	if at < 0 {
		return ""
	}
	if m := andOfRE.FindStringSubmatch(sk[at+len(match):]); m != nil {
		return m[1]
	}
	return ""
}

// infinitivePlan reads the words between a member and its joining verb:
// a bare "to" ("A to join X", a headline; "expects A to join X") is a
// plan, said as "will"; other words stay as they are.
func infinitivePlan(between string) string {
	if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(between), ",")) == "to" {
		return " will"
	}
	return between
}
