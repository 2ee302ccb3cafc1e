package extract

import "github.com/telcograph/telcograph/schema"

// This file resolves a description that a country's possessive opens:
// "South Korea's largest mobile operator agreed ...", "Japan's biggest
// carrier", "Turkey's sovereign wealth fund". Like "the Korean operator"
// (coref.go), it names a company of that country in reach, but only the
// one the article or a prior (priors.go) places there, of the kind the
// head asks for: a superlative ("largest") would need knowing which of
// two is bigger. It states where that company is based. Rationale: writers of all the blind splits
// use it to avoid repeating a name, and the mention layer had no reading
// of it (the country's possessive was a country mention, the rest plain
// words).

// possDescHeads are the head nouns of such a description: the company
// nouns and an investor's.
var possDescHeads = map[string]bool{"fund": true, "investor": true}

// countryPossessive recognises, at toks[i], the words after a country's
// possessive that describe a company ("largest mobile operator" after
// "South Korea's", the country keeping its own mention) or "the
// country's largest carrier" whole (the country the article named last,
// within ten sentences), and resolves them.
func (x *extractor) countryPossessive(toks []token, i int, covered []bool) (mention, int, bool) {
	country, countryAt, from := "", -1, i
	switch {
	case i+2 < len(toks) && toks[i].Key == "the" && toks[i+1].Key == "country" && toks[i+1].Poss && !covered[i+1]:
		if x.lastCountry == "" || x.sentIdx-x.lastCountryAt > 10 {
			return mention{}, 0, false
		}
		country, countryAt, from = x.lastCountry, toks[i].Start, i+2
	case i > 0 && covered[i-1] && toks[i-1].Poss:
		for k := range x.curMs {
			if m := &x.curMs[k]; m.Kind == 'N' && m.Poss && m.Slug != "" && m.PossEnd == toks[i-1].PossEnd {
				country, countryAt = m.Slug, m.Start
			}
		}
	}
	if country == "" {
		return mention{}, 0, false
	}
	j := from
	for j < len(toks) && j < from+4 && toks[j].Word && !toks[j].Upper && !covered[j] && !companyNouns[toks[j].Key] && !possDescHeads[toks[j].Key] {
		j++
	}
	if j >= len(toks) || !toks[j].Word || covered[j] || toks[j].Upper || !companyNouns[toks[j].Key] && !possDescHeads[toks[j].Key] {
		return mention{}, 0, false
	}
	if j+1 < len(toks) && toks[j+1].Word && (toks[j+1].Key == "of" || toks[j+1].Upper) {
		return mention{}, 0, false // "Korea's largest operator of towers", "Japan's carrier KDDI": the name follows
	}
	s := ""
	if a := x.companyApposedAt(countryAt); a != "" && toks[i].Key == "the" {
		// "Cobalt Mobile, the country's second-largest carrier," (round
		// 32): the country named in this sentence or the one before, and
		// not another one the article or a prior gives the company
		if x.sentIdx-x.lastCountryAt > 1 || x.knownNation(a) != "" && x.knownNation(a) != country {
			return mention{}, 0, false
		}
		s = a
	} else if a != "" {
		return mention{}, 0, false // "Ethio Telecom, Ethiopia's state operator": the apposition rules' (relations.go)
	} else {
		s = x.onlyNational(country, headKind(toks[j-1].Key, toks[j].Key))
	}
	if s == "" {
		return mention{}, 0, false
	}
	last := toks[j]
	m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	m.Kind, m.Slug, m.Nation = x.kindFor(s), s, country
	return m, j - i + 1, true
}

// companyApposedAt is the company whose name and a comma stand right before
// offset at of the current sentence, or "".
func (x *extractor) companyApposedAt(at int) string {
	for k := range x.curMs {
		m := &x.curMs[k]
		if (m.Kind == 'C' || m.Kind == 'V') && m.End <= at && at-m.PossEnd <= 2 && at-m.PossEnd >= 1 {
			return m.Slug
		}
	}
	return ""
}

// onlyNational is the one company of this sentence or the five before
// that the article or a prior places in country and that may be of kind;
// "" when none or several are. "Japan's biggest carrier" among KDDI and
// NTT Docomo needs knowing which is bigger: it stays unresolved.
func (x *extractor) onlyNational(country, kind string) string {
	// the one known to be of the kind asked for ("the country's biggest
	// mobile operator" beside its sovereign fund)
	if s, _ := x.onlyNationalKind(country, kind, 5); s != "" {
		return s
	}
	return x.onlyOne(x.curOrgs, x.within(5), func(s string) (string, bool) { return s, x.national(s, country) && x.kindFits(s, kind) })
}

// onlyNationalKind is the one company of this sentence or the reach
// before it that the article or a prior places in country and that is
// known to be of kind; "" when kind is "" or none or several are, and
// several reports the latter.
func (x *extractor) onlyNationalKind(country, kind string, reach int) (s string, several bool) {
	if kind == "" {
		return "", false
	}
	fits := func(s string) (string, bool) {
		return s, x.national(s, country) && x.kindKnown(s, kind) && !x.descExclude[s]
	}
	if s = x.onlyOne(x.curOrgs, x.within(reach), fits); s != "" {
		return s, false
	}
	n := 0
	for c, last := range x.lastSeen {
		if _, ok := fits(c); ok && x.within(reach)(last) {
			n++
		}
	}
	return "", n > 1
}

// within reports whether a sentence index is in this sentence or the
// reach before it.
func (x *extractor) within(reach int) func(last int) bool {
	return func(last int) bool { return x.sentIdx-last <= reach }
}

// national reports whether s is a company the article or a prior places
// in country.
func (x *extractor) national(s, country string) bool {
	return x.typeOf(s) == schema.TypeCompany && x.knownNation(s) == country
}
