package extract

import (
	"regexp"
	"strings"
)

// A seat someone expects or a modal allows is no headquarters (round 27,
// dev15: "Its name, seat and share split have yet to be decided, although
// people involved expect it to be based in Germany"): "X could be based in
// N", "X might be headquartered in N", "expect X to be based in N". "X
// will be based in N" states the seat, as the corpus gold reads it.

var (
	hqModalRE  = regexp.MustCompile(`^(?:could|might|may|would|should)\b`)
	hqExpectRE = regexp.MustCompile(`\b(?:expects?|expected|expecting|likely|believes?|thinks?)\s*$`)
)

// hqSpeculative reports whether the headquarters match whole (in
// skeleton sk), with words between the organisation and the verb, is a
// guess.
func hqSpeculative(sk, whole, between string) bool {
	if hqModalRE.MatchString(between) {
		return true
	}
	if !strings.HasPrefix(between, "to be") {
		return false
	}
	i := strings.Index(sk, whole)
	return i > 0 && hqExpectRE.MatchString(sk[:i])
}
