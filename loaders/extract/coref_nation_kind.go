package extract

// This file lets the kind a nationality description asks for choose
// between companies of that country (helper z15hq, issue 13): in "...,
// said Christian Klein, CEO of SAP. The German operator first outlined the
// project in June" SAP is German and was named last, but nothing says it
// is an operator, while Deutsche Telekom, named two sentences before, is
// known to be one. evidentNational (coref_nation.go) took the most recent
// company of the country whose kind was not known to differ; now a
// company known to be of the kind asked for outranks one whose kind is
// merely unknown.

// kindedNational is, when the description asks for a kind and best is not
// known to be of it, the most recent company in reach known to be of that
// country and that kind; "" otherwise.
func (x *extractor) kindedNational(country, best string) string {
	kind := x.descKind
	if kind == "" || best == "" || x.kindOfKnown(best, kind) {
		return ""
	}
	found, foundAt := "", -1
	for s, last := range x.lastSeen {
		if x.sentIdx-last > 5 || x.descExclude[s] || !companyLike(x.typeOf(s)) || x.knownNation(s) != country || !x.kindOfKnown(s, kind) {
			continue
		}
		if last > foundAt || last == foundAt && s < found {
			found, foundAt = s, last
		}
	}
	return found
}

// kindOfKnown reports whether slug is known to be of kind, by the priors
// or by what the article called it.
func (x *extractor) kindOfKnown(slug, kind string) bool {
	return x.kindKnown(slug, kind) || x.artKinds[slug] == kind
}
