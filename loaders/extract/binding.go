package extract

import "slices"

// pronounInGroup reports whether a pronoun object stands for one of the
// organisations a group description earlier in its sentence counts with
// the subject: in "The four companies will fund it", "it" is none of the
// four (a pronoun is not bound inside its clause), so "it" resolved to one
// of them is a misreading.
func pronounInGroup(s *sent, sa string, b arg, sb string) bool {
	if b.m == nil || !b.m.Coref || wordKey(b.m.Text) != "it" {
		return false
	}
	for _, g := range s.ms {
		if g.Kind == 'G' && g.Start < b.m.Start && slices.Contains(g.Group, sa) && slices.Contains(g.Group, sb) {
			return true
		}
	}
	return false
}
