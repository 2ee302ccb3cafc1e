package extract

// laterGroup reports whether group s, last seen in sentence at, is a better
// antecedent than best, last seen in bestAt: the more recent one, and
// between two of one sentence ("the Agentic AI Foundation, which will sit
// under the Linux Foundation. The foundation ...") the sentence's topic,
// the first group it named, else the one first in slug order so that the
// choice never depends on map order.
func (x *extractor) laterGroup(s string, at int, best string, bestAt int) bool {
	if at != bestAt || best == "" {
		return at > bestAt || best == ""
	}
	if best == x.curAlli {
		return false
	}
	return s == x.curAlli || s < best
}
