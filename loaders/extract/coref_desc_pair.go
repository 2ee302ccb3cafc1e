package extract

import "github.com/telcograph/telcograph/schema"

// A described pair (issue 13, helper z24bpair): two definite descriptions
// joined by "and" that open a clause (or follow "by" or "between") are the
// two companies the sentence or the one before it names, as "the two
// companies" are (group(2), coref.go): "1. Orange and Mistral AI. The
// operator and the Paris model maker extended their partnership", "Vodafone
// chief executive P and Microsoft chief executive Q on stage. The British
// operator and the software group signed a ten-year partnership". The
// first description is resolved as it would be alone; the second, which
// alone fits neither company ("the Paris model maker") or the wrong one,
// is the other company of the pair.
//
// Near misses: a first description resolved to neither company of the
// pair, a second description with a nationality (coref_national.go
// resolves it and states its country), with "of" after it ("the owner of
// X") or a name right after it (the name's own description), a pair in the
// middle of a clause, and a sentence before it that names other than two
// companies.

// descPairRef reads the second description of a described pair at token i.
func (x *extractor) descPairRef(toks []token, i int, covered []bool) (mention, int, bool) {
	if toks[i].Key != "the" || i < 3 || toks[i-1].Key != "and" {
		return mention{}, 0, false
	}
	first, ok := x.descBefore(toks[i-1].Start)
	if !ok {
		return mention{}, 0, false
	}
	k0 := 0 // the first description's determiner
	for k0 < i && toks[k0].Start < first.Start {
		k0++
	}
	if toks[k0].Start != first.Start || k0 > 0 && toks[k0-1].Text != "," && toks[k0-1].Key != "by" && toks[k0-1].Key != "between" {
		return mention{}, 0, false
	}
	ts := x.tags(toks)
	nation := false
	isName := func(k int) bool {
		_, nat := x.lx.demonymAt(toks, k)
		nation = nation || nat
		return covered[k] && !nat
	}
	h, e := descRun(ts, i+1, isName)
	if h < 0 || h != e-1 || toks[h].Poss || !descOrgHead(toks[h].Key) || nation || e < len(toks) && (toks[e].Key == "of" || covered[e]) {
		return mention{}, 0, false
	}
	g := x.group(2)
	if len(g) != 2 || g[0] == g[1] {
		return mention{}, 0, false
	}
	other := ""
	for n, s := range g {
		if x.typeOf(s) != schema.TypeCompany {
			return mention{}, 0, false
		}
		if s == first.Slug {
			other = g[1-n]
		}
	}
	if other == "" {
		return mention{}, 0, false
	}
	last := toks[h]
	return mention{Start: toks[i].Start, End: last.End, PossEnd: last.PossEnd, Coref: true, Kind: x.kindFor(other), Slug: other}, e - i, true
}

// descBefore is the sentence's description mention that ends right
// before offset pos (before "and").
func (x *extractor) descBefore(pos int) (mention, bool) {
	var best mention
	found := false
	for _, m := range x.curMs {
		if m.End <= pos && (!found || m.End > best.End) {
			best, found = m, true
		}
	}
	if !found || !best.Coref || best.Slug == "" || best.Kind != 'C' || x.curText[best.End:pos] != " " {
		return mention{}, false
	}
	return best, true
}
