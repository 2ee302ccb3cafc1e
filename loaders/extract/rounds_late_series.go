package extract

import "regexp"

// This file (helper z26inv, round 22) names the later lettered rounds a
// round noun too: "closed a $1.1 billion Series G", "its Series F round".
// rounds.go read only Series A to D as a common noun, so a later round
// opened nothing and the followers of the next sentences ("A co-led it")
// went to the round told before, another company's.

// lateSeriesRE matches a later lettered round, "series e" to "series k",
// as a whole word ("a series of deals" is none).
var lateSeriesRE = regexp.MustCompile(`\bseries [e-k]\b`)
