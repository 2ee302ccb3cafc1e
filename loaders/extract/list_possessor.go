package extract

import "strings"

// This file keeps a list going across an item with a possessor (helper
// x13i10, issue 13, on the drill testdata/drills/invest3): in "backed by
// A, B's C and D" the item is C, which B owns ("Deutsche Telekom's
// T.Capital", "SoftBank's Vision Fund 2"); the possessor only says whose
// it is. Before, the list ended at "B's", so the list read [A, B] and C
// and D were lost. Now the possessor gives its place in the list to the
// name right after it, once the list has begun ("A, B's C"); a list that
// opens with a possessor ("B's C and D") is left as it was read, and a
// possessor with no name after it ("A and B's partners") stays an item.

// possessorOnly reports whether mention i follows the list's last item,
// mention prev, as the thing that possessive names: "B's C", nothing but
// spaces between.
func possessorOnly(s *sent, ms []mention, cur []int, prev, i int) bool {
	if prev < 0 || len(cur) < 2 || cur[len(cur)-1] != prev || !ms[prev].Poss || ms[prev].PossEnd > ms[i].Start {
		return false
	}
	return strings.TrimSpace(s.text[ms[prev].PossEnd:ms[i].Start]) == ""
}
