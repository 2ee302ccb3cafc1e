package extract

// A name with its acronym set inside it (issue 13; tune and dev3 both
// write "the Ultra Accelerator Link (UALink) Consortium" for the UALink
// Consortium): when the acronym and the words after the bracket make a
// known name ("UALink Consortium"), the whole span, with the long words
// before the bracket, is that name.

// acronymInside tries the shape at token i (an opening bracket). It
// returns the first and end tokens of the whole name and the entry, or
// nil.
func (x *extractor) acronymInside(toks []token, i int, covered []bool) (int, int, *lexEntry) {
	if i < 1 || i+3 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" || !toks[i+1].Word || !toks[i+1].Upper ||
		!toks[i+3].Word || !toks[i+3].Upper {
		return 0, 0, nil
	}
	syn := make([]token, 0, 6)
	syn = append(syn, toks[i+1])
	for k := i + 3; k < len(toks) && k < i+7; k++ {
		syn = append(syn, toks[k])
	}
	e, n := x.lx.match(syn, 0)
	if e == nil || n < 2 {
		return 0, 0, nil
	}
	first := i
	for first > 0 && first > i-5 && !covered[first-1] && toks[first-1].Word && toks[first-1].Upper && !toks[first-1].Poss &&
		!chunkStop[toks[first-1].Key] {
		first--
	}
	if first == i {
		return 0, 0, nil // no long words before the bracket
	}
	return first, i + 3 + n - 1, e
}
