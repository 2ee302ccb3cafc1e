package extract

import "regexp"

// undecidedRE is a choice still open: "weighing whether to join",
// "undecided about joining", "had not decided", "still deciding whether",
// and a choice others expect but nobody has made: "is expected to be
// named chief executive", "is tipped to chair", "is in line to take
// over" (a forecast, not a plan of the parties), and a deal reported
// "close to" being made ("was close to investing in Y", round 44, dev28);
// a rule's text that ends
// at "expected to be" ends before its appointing verb.
// A relation inside it is not stated, neither as a fact nor as a plan.
var undecidedRE = regexp.MustCompile(`(?i)\b(?:whether|undecided|deciding|weighing|weighs|weigh|debating|debates|expected to be (?:named|appointed|picked|chosen|elected|promoted|elevated|made)|expected to be$|(?:widely )?tipped to|in line to|tipped as|tipped for|(?:was|were|is|are|came|come|comes) (?:very |so )?close to)\b`)

// undecided reports whether a stretch of text leaves its relation open.
func undecided(t string) bool {
	return undecidedRE.MatchString(t)
}
