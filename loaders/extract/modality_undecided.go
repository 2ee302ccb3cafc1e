package extract

import "regexp"

// undecidedRE is a choice still open: "weighing whether to join",
// "undecided about joining", "had not decided", "still deciding whether".
// A relation inside it is not stated, neither as a fact nor as a plan.
var undecidedRE = regexp.MustCompile(`(?i)\b(?:whether|undecided|deciding|weighing|weighs|weigh|debating|debates)\b`)

// undecided reports whether a stretch of text leaves its relation open.
func undecided(t string) bool {
	return undecidedRE.MatchString(t)
}
