package extract

import (
	"regexp"
	"strings"
)

// A preposition repeated after "and" coordinates its objects as a list
// does (round 44, dev28): "has invested in A and in B", "raised $500
// million from A and from B", "a shareholder in A, the US GPU cloud, and
// in B". The preposition counts only when the first item stands after the
// same one, so "sold Y to A and in 2020 ..." and "works with A and in B's
// market" are no list, and not when a description follows the second item:
// "reuse code from A and from B, the project spearheaded by C" describes B
// alone (dev).

// repeatedPrepGapRE finds a gap that ends in "and" and a preposition.
var repeatedPrepGapRE = regexp.MustCompile(`(?i)\band\s+(in|into|from|with|to|at|for|by)\s+$`)

// repeatedPrepGap drops the repeated preposition from the gap between
// list items a and b of sentence s when item a stands after it.
func repeatedPrepGap(s *sent, a, b int, gap string) string {
	m := repeatedPrepGapRE.FindStringSubmatchIndex(gap)
	if m == nil {
		return gap
	}
	prep := strings.ToLower(gap[m[2]:m[3]])
	before := strings.ToLower(strings.TrimRight(s.text[:s.ms[a].Start], " "))
	if !strings.HasSuffix(before, " "+prep) {
		return gap
	}
	if after := s.text[s.ms[b].End:]; strings.HasPrefix(after, ", ") && len(after) > 2 && !strings.HasPrefix(after[2:], "and ") && (after[2] >= 'a' && after[2] <= 'z' || strings.HasPrefix(after[2:], "the ")) {
		return gap // "and from B, the project spearheaded by C"
	}
	return gap[:m[2]]
}
