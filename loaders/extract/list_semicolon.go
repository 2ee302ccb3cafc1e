package extract

import "strings"

// semicolonAfterClosed reports whether a semicolon before mention i falls
// after a list that a conjunction already closed: in "co-founded by A, B
// and C; D joined a year later" the list is A, B and C, and D opens a
// clause of its own. A list written with semicolons throughout ("A, of
// Korea; B, of Japan; and C") has no plain conjunction before its last
// semicolon and stays one list.
func semicolonAfterClosed(s *sent, cur []int, i int) bool {
	if len(cur) < 2 {
		return false
	}
	last := cur[len(cur)-1]
	if !strings.Contains(s.text[s.ms[last].PossEnd:s.ms[i].Start], ";") {
		return false
	}
	for k := 1; k < len(cur); k++ {
		gap := s.text[s.ms[cur[k-1]].PossEnd:s.ms[cur[k]].Start]
		if strings.Contains(gap, ";") {
			continue
		}
		g := " " + strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(gap), ",")) + " "
		if strings.HasPrefix(g, " and ") || strings.HasPrefix(g, " & ") || strings.HasPrefix(g, " or ") {
			return true
		}
	}
	return false
}
