package extract

import (
	"regexp"
	"strings"
)

// This file (round 42, dev25 and dev26) keeps a description in apposition
// from giving its nationality to the name of a reduced relative clause
// inside it: "Arm, the British chip designer SoftBank controls," and
// "Virgin Media O2, the British operator Liberty Global owns 50:50 with
// Telefonica," describe Arm and Virgin Media O2; SoftBank and Liberty
// Global are the clause's subjects, not British companies. Without the
// apposition's comma, "the US chipmaker Nvidia owns 2% of Nokia" is
// Nvidia's own description and stays read. The description is the
// apposed name's: "Arm, the British chip designer SoftBank controls," puts
// Arm in Britain.

// relativeVerbRE matches a finite verb of owning, running or founding
// right after a name: the name opens a clause.
var relativeVerbRE = regexp.MustCompile(`^\s+(?:[a-z]+ly\s+)?(?:owns|owned|controls|controlled|runs|ran|backs|backed|holds|held|bought|acquired|founded|co-founded|set up|sold|shares|shared|leads|led|built|took|created|manages|managed|spun off|operates|operated)\b`)

// apposedBeforeRE finds the name an apposition's comma follows.
var apposedBeforeRE = regexp.MustCompile(`(<[CAVU]\d+>),\s*$`)

// reducedRelativeName reports whether the match whole, a nationality
// description ending in the name marker, follows an apposition's comma
// and the name is followed by a finite verb; apposed is the marker of the
// name the description stands beside ("" when none is marked).
func (x *extractor) reducedRelativeName(s *sent, whole, marker string) (apposed string, ok bool) {
	a, found := x.one(s, marker)
	if !found || a.m == nil || a.m.End > len(s.text) {
		return "", false
	}
	if !relativeVerbRE.MatchString(s.text[a.m.End:]) {
		return "", false
	}
	i := strings.Index(s.flat, whole)
	if i < 0 {
		return "", false
	}
	before := strings.TrimRight(s.flat[:i], " ")
	before = strings.TrimSuffix(strings.TrimSuffix(before, " the"), " a")
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ",") {
		return "", false
	}
	if m := apposedBeforeRE.FindStringSubmatch(before); m != nil {
		return m[1], true
	}
	return "", true
}
