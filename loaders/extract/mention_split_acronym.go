package extract

// This file links a group's name written with its acronym inside it,
// before the head noun: "the Ultra Accelerator Link (UALink) Consortium",
// "the Next Generation Mobile Networks (NGMN) Alliance". The register
// knows "UALink Consortium" or the long form without the brackets; the
// lexicon and the unknown-name pass both stop at the bracket, so without
// this the group went unlinked, its founders and chair were read for the
// nearest company instead ("The board is chaired by Kurtis Bowman of AMD"
// became AMD's chair) and "the consortium" resolved to nothing.

// splitAcronymNames finds "Long Name (ACR) Head" runs whose long form with
// the head, or acronym with the head, is a known name, and returns their
// mentions; the tokens they cover are marked in covered.
func (x *extractor) splitAcronymNames(text string, toks []token, covered []bool) []mention {
	var out []mention
	for p := 1; p+3 < len(toks); p++ {
		if toks[p].Text != "(" || toks[p+2].Text != ")" || !toks[p+1].Word || !toks[p+1].Upper || !toks[p-1].Word || !toks[p-1].Upper {
			continue
		}
		h := p + 3
		if !toks[h].Word || !toks[h].Upper || !allianceHeads[toks[h].Key] {
			continue
		}
		// The long form: the capitalised words before the bracket, at
		// most six, without a leading article or sentence opener.
		a := p - 1
		for a > 0 && a > p-6 && toks[a-1].Word && toks[a-1].Upper && !toks[a-1].Poss && !covered[a-1] && toks[a-1].Key != "the" {
			a--
		}
		if a == 0 && (sentenceOpeners[toks[a].Key] || commonOpener(toks[a].Key)) {
			a++
		}
		if a >= p {
			continue
		}
		head := text[toks[h].Start:toks[h].End]
		slug := ""
		for _, name := range [...]string{text[toks[a].Start:toks[p-1].End] + " " + head, toks[p+1].Text + " " + head} {
			if slug = x.knownName(name); slug != "" {
				break
			}
		}
		if slug == "" {
			continue
		}
		m := mention{Start: toks[a].Start, End: toks[h].End, PossEnd: toks[h].PossEnd, Poss: toks[h].Poss, Kind: x.kindFor(slug), Slug: slug}
		m.PossEnd = max(m.PossEnd, m.End)
		out = append(out, m)
		for k := a; k <= h; k++ {
			covered[k] = true
		}
		p = h
	}
	return out
}

// knownName is the slug of name when the lexicon holds it whole, else of
// the known name it is a variant of, else "".
func (x *extractor) knownName(name string) string {
	ts := tokenize(name)
	if e, n := x.lx.match(ts, 0); e != nil && n == len(ts) {
		return x.pick(e.slugs)
	}
	if s := x.variantOf(name); s != "-" {
		return s
	}
	return ""
}
