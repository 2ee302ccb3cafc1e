package extract

import "strings"

// nationPair resolves "the <Nat1> and <Nat2> <plural noun>" at toks[i]
// to two companies, one of each nationality: "The Swedish and Finnish
// vendors" after Ericsson and Nokia, "the American and Japanese
// operators" (round 28, dev3: the gold resolves both, the extractor left
// it unresolved). Each nationality must name exactly one company in reach
// of the kind the noun asks for (onlyNational, coref_country_poss.go);
// otherwise nothing is resolved.
func (x *extractor) nationPair(toks []token, i int, covered []bool) (mention, int, bool) {
	if toks[i].Key != "the" || i+4 >= len(toks) {
		return mention{}, 0, false
	}
	d1, ok := x.lx.demonymAt(toks, i+1)
	if !ok {
		return mention{}, 0, false
	}
	j := i + 1 + d1.n
	if j >= len(toks) || toks[j].Key != "and" {
		return mention{}, 0, false
	}
	d2, ok := x.lx.demonymAt(toks, j+1)
	if !ok || d2.slug == d1.slug {
		return mention{}, 0, false
	}
	h := j + 1 + d2.n
	if h >= len(toks) || !toks[h].Word || covered[h] {
		return mention{}, 0, false
	}
	head := strings.TrimSuffix(toks[h].Key, "s")
	if !strings.HasSuffix(toks[h].Key, "s") || !companyNouns[head] && !companyNouns[toks[h].Key] {
		return mention{}, 0, false // "the Swedish and Finnish governments", "the US and Japanese operator"
	}
	kind := headKind("", head)
	a, b := x.onlyNational(d1.slug, kind), x.onlyNational(d2.slug, kind)
	if a == "" || b == "" || a == b {
		return mention{}, 0, false
	}
	last := toks[h]
	m := mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Poss: last.Poss, Coref: true}
	m.Kind, m.Group = 'G', []string{a, b}
	return m, h - i + 1, true
}
