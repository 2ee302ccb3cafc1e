package extract

// A unit named after its parent (helper z18hq, issue 13, the orgfacts3
// drill): in "Ericsson's US subsidiary, Ericsson Inc., is based in Plano"
// the unit's name drops its legal suffix to the parent's, so the
// nationality of "Y's US subsidiary, X" would go to the parent. A
// description of Y's unit gives X a country only when X is not Y.

// sameEntity reports whether markers a and b of sentence s resolve to one
// organisation.
func (x *extractor) sameEntity(s *sent, a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	aa, ok1 := x.one(s, a)
	bb, ok2 := x.one(s, b)
	if !ok1 || !ok2 {
		return false
	}
	sa, sb := x.resolve(aa, orgTypesAll), x.resolve(bb, orgTypesAll)
	return sa != "" && sa == sb
}
