package extract

import "regexp"

// affiliationRE is a clause that opens with a person named with where
// they come from and a copula: "Christoph Voigt of Audi is", "Jane Park,
// of Acme Telecom, has been".
var affiliationRE = regexp.MustCompile(`^(?:[A-Z][\p{L}.'-]*\s+){1,4},?\s*of\s+[^,;:]{2,40}?,?\s+(?:is|was|remains|became|becomes|has been|will be)\s*$`)

// affiliationSubject reports whether before, the sentence up to a
// possessive pronoun, is such a clause: the organisation in it describes
// the person, and the pronoun after the copula refers past it, to what
// the text is about ("The 5GAA was set up in 2016. Christoph Voigt of Audi
// is its chairman": the 5GAA's chairman, not Audi's).
func (x *extractor) affiliationSubject(before string) bool {
	return len(x.curOrgs) > 0 && affiliationRE.MatchString(before)
}
