package extract

import "strings"

// A list already closed by "and" does not take one more item after ",
// and": in "Its first customers include A and B, and C works with D" the
// ", and" opens a clause whose subject is C alone, so A and B were read as
// C's fellow subjects and became D's partners. "A, B, and C said" (a
// serial comma, no "and" before it) stays one list; the split needs the
// last item to be followed by a verb, as a clause's subject is.

// andClosedBefore reports whether the gap before item k of list l is ",
// and" and an earlier gap of the run from start already held "and".
func andClosedBefore(s *sent, l []int, start, k int) bool {
	g := strings.TrimSpace(s.text[s.ms[l[k-1]].PossEnd:s.ms[l[k]].Start])
	if !strings.HasPrefix(g, ",") || !strings.Contains(g, "and") {
		return false
	}
	for j := start + 1; j < k; j++ {
		e := s.text[s.ms[l[j-1]].PossEnd:s.ms[l[j]].Start]
		if !strings.Contains(e, ",") && (strings.Contains(e, "and ") || strings.Contains(e, "&")) {
			return true
		}
	}
	return false
}
