package extract

import "strings"

// A chief executive who leaves one company for another is told with a
// purpose clause: "P left Y to take the helm at X", "P quit the cloud unit
// of Y to take the helm of X", "P will leave Y in June to take the helm at
// X". The person is the subject of "left"; the name right before "to take
// the helm" is only the company left, and when it is a modifier ("left the
// Y unit to take the helm") the rule "Z took the helm at X" took it for the
// person, a false fact (round 18, real-news probes).

// helmPurposeRE is the departure and the purpose clause between the person
// and the company whose helm is taken (captures the auxiliary).
const helmPurposeRE = `,? (?:who )?((?:has |had |will |is to |is set to |plans to )?)(?:left|leave|leaves|quit|quits|departed|departs|exited|exits) [^.;]{1,80}? to (?:take|took) (?:over )?the helm (?:at|of) (?:the )?`

// determinerBefore reports whether match, found in the skeleton skel,
// follows a determiner: its first name is then a modifier of a noun ("the
// <Y> unit"), not a subject.
func determinerBefore(skel, match string) bool {
	i := strings.Index(skel, match)
	if i < 0 {
		return false
	}
	b := strings.ToLower(skel[:i])
	for _, d := range []string{"the ", "its ", "a ", "an ", "their ", "his ", "her "} {
		if strings.HasSuffix(b, " "+d) || b == d {
			return true
		}
	}
	return false
}
