package extract

// nameFollows reports whether the description that ends with token j is
// set before a name rather than standing for one: in "the French shipping
// group CMA CGM" or "Japanese trading house Sumitomo Corporation" the
// description qualifies the capitalised name right after it, so it is no
// reference to a company already named (writers k and l, issue 13).
func nameFollows(toks []token, j int, covered []bool) bool {
	n := j + 1
	if n >= len(toks) || !toks[n].Word || !toks[n].Upper || toks[j].Poss {
		return false
	}
	if r := toks[n].Text[0]; r >= '0' && r <= '9' {
		return false
	}
	if covered[n] {
		return true
	}
	switch toks[n].Key {
	case "on", "in", "said", "says", "and", "the", "this", "last", "which", "that":
		return false
	}
	return true
}
