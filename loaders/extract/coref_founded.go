package extract

// tieFounded decides between two groups named in the same earlier
// sentence that a description could both mean, when one of them is the
// group under discussion because a sentence founded it: "The Linux
// Foundation today announced the formation of the LF Deep Learning
// Foundation ... The foundation's founding members are A and B" speaks of
// the new foundation, not of its host. decided is false when neither is.
func (x *extractor) tieFounded(s, best string) (takeS, decided bool) {
	if x.curAlli == "" || s == best {
		return false, false
	}
	switch x.curAlli {
	case s:
		return true, true
	case best:
		return false, true
	}
	return false, false
}
