package extract

// "The Espoo group is also a founding member of X, alongside A and B, and
// it is a contributor member of Y": "it" after ", and" continues the
// sentence's subject, and when that subject is a description nothing
// resolved ("The Espoo group" with no company it could be), "it" is
// unresolved too - never the nearest company, which is one of the list
// the subject stands beside.

// unresolvedSubjectIt reports whether the sentence opens with a definite
// description that no mention covers, followed by a copula or auxiliary
// before any organisation is named, and "it" at toks[i] follows ", and".
func (x *extractor) unresolvedSubjectIt(toks []token, i int) bool {
	if i < 3 || toks[i-1].Key != "and" || toks[i-2].Text != "," || len(toks) == 0 || toks[0].Key != "the" {
		return false
	}
	first := -1
	for _, m := range x.curMs {
		if m.Start == toks[0].Start {
			return false // "The Radio Forum ...", "The German operator ..." (resolved)
		}
		if first < 0 && m.Start < toks[i].Start && itOrg(m) {
			first = m.Start
		}
	}
	for k := 1; k < i && (first < 0 || toks[k].Start < first); k++ {
		switch toks[k].Key {
		case "is", "was", "are", "were", "has", "had", "have", "will", "would":
			return true
		}
	}
	return false
}
