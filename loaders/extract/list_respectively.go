package extract

import "strings"

// Precision family (issue 13, helper x14prec): "A, B and C are backed by
// D, E and F respectively" pairs the lists item by item; the rules that
// relate every subject to every object would state nine facts where the
// text states three.

// respectivelyCrossed reports whether a and b are items of two lists of
// the same length in a sentence that says "respectively", at different
// places: a pair the sentence does not relate.
func respectivelyCrossed(s *sent, a, b arg) bool {
	if a.m == nil || b.m == nil || !strings.Contains(s.text, "respectively") {
		return false
	}
	la, pa := listPlace(s, a.m)
	lb, pb := listPlace(s, b.m)
	return la >= 0 && lb >= 0 && la != lb && len(s.lists[la]) == len(s.lists[lb]) && pa != pb
}

// listPlace is the list of s that mention m is an item of and its place
// in it, or -1.
func listPlace(s *sent, m *mention) (list, place int) {
	for li, l := range s.lists {
		for k, i := range l {
			if s.ms[i].Start == m.Start && s.ms[i].End == m.End {
				return li, k
			}
		}
	}
	return -1, -1
}
