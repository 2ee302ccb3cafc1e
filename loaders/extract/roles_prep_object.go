package extract

import "strings"

// prepObjectBefore reports whether the text before a person's name ends
// with a preposition that makes the person its object ("... in 1980 with
// Q"): a verb coordinated after Q ("with Q and remains its chairman") has
// the clause's subject, not Q (round 41, dev26: "Jure Sola, who co-founded
// Sanmina in 1980 with Milan Mandaric and remains its chairman and chief
// executive").
func prepObjectBefore(before string) bool {
	b := strings.TrimSpace(before)
	for _, p := range []string{" with", " alongside", " from", " by"} {
		if strings.HasSuffix(b, p) {
			return true
		}
	}
	return false
}
