package extract

import "github.com/telcograph/telcograph/schema"

// A group's long form with "and", "of" or "for" inside it ("the Innovative
// Optical and Wireless Network Global Forum", known as "IOWN Global
// Forum"): the lexicon does not hold it, and the unknown-name pass splits
// it at the conjunction into two names ("Innovative Optical", "Wireless
// Network Global Forum"), each an organisation of its own, so the group's
// chair, founders and members went to neither. The whole run, when it ends
// in a group's head noun and is the long form of a known name (the
// capitals its acronym keeps are the same, variants.go), is that name.

// joinedLongForms finds such runs and returns their mentions; the tokens
// they cover are marked in covered.
func (x *extractor) joinedLongForms(text string, toks []token, covered []bool) []mention {
	var out []mention
	upper := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Word && toks[k].Upper && !covered[k] && toks[k].Key != "the"
	}
	for k := 1; k+1 < len(toks); k++ {
		if c := toks[k].Key; c != "and" && c != "of" && c != "for" || !upper(k-1) || !upper(k+1) {
			continue
		}
		a := k - 1
		for upper(a-1) && !toks[a-1].Poss {
			a--
		}
		if a == 0 && (sentenceOpeners[toks[a].Key] || commonOpener(toks[a].Key)) {
			a++
		}
		h := k + 1
		for upper(h+1) && !toks[h].Poss {
			h++
		}
		if a >= k || !allianceHeads[toks[h].Key] || h-a > 9 {
			continue
		}
		slug := x.variantOf(text[toks[a].Start:toks[h].End])
		if slug == "" || slug == "-" || x.typeOf(slug) != schema.TypeAlliance {
			continue
		}
		m := mention{Start: toks[a].Start, End: toks[h].End, PossEnd: max(toks[h].PossEnd, toks[h].End), Poss: toks[h].Poss, Kind: x.kindFor(slug), Slug: slug}
		out = append(out, m)
		for j := a; j <= h; j++ {
			covered[j] = true
		}
		k = h
	}
	return out
}
