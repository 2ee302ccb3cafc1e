package extract

import (
	"regexp"
	"strings"
)

// personBeforeRE is a person's placeholder and a comma ending a skeleton.
var personBeforeRE = regexp.MustCompile(`<[PU]\d+>,\s*$`)

// personBefore reports whether, in the skeleton text, the match is right
// after a person and a comma: in a roster "P1, O1's chief executive, P2,
// ..." the title between two people is the first one's, so "O1's chief
// executive, P2" pairs nobody.
func personBefore(text, match string) bool {
	i := strings.Index(text, match)
	return i > 0 && personBeforeRE.MatchString(text[:i])
}
