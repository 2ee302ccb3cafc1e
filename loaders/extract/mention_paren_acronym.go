package extract

// A long name with its acronym in brackets before the head word (issue
// 13, helper z15rel, from dev3's misses): "the Ultra Accelerator Link
// (UALink) Consortium" is the UALink Consortium, the acronym and the head
// ("UALink Consortium") being the name a register or an earlier sentence
// knows. The whole run, from the first capitalised word of the long form
// to the head, is one mention of that entity, and the long form becomes a
// name of it. Near misses (mention_paren_acronym_test.go): a bracket
// whose acronym and head name nothing known is left to the other steps;
// a lower-case word before the bracket ("the group (UALink)") opens no
// long form.

// parenAcronymNames finds the names of this shape in toks, covering their
// tokens, and returns the mentions.
func (x *extractor) parenAcronymNames(text string, toks []token, covered []bool) []mention {
	var out []mention
	for p := 1; p+3 < len(toks); p++ {
		if toks[p].Text != "(" || toks[p+2].Text != ")" || !toks[p+1].Word || !toks[p+1].Upper || !toks[p+3].Word || !toks[p+3].Upper {
			continue
		}
		e, n := x.lx.match([]token{toks[p+1], toks[p+3]}, 0)
		if e == nil || n != 2 || !toks[p-1].Word || !toks[p-1].Upper {
			continue
		}
		a := p - 1
		for a > 0 && toks[a-1].Word && (toks[a-1].Upper || (toks[a-1].Key == "of" || toks[a-1].Key == "for" || toks[a-1].Key == "and") && a >= 2 && toks[a-2].Upper) {
			a--
		}
		for a < p-1 && !toks[a].Upper {
			a++ // a connector never opens the name
		}
		if a > 0 && toks[a-1].Poss {
			continue
		}
		slug := x.pick(e.slugs)
		end := p + 4
		m := mention{Start: toks[a].Start, End: toks[end-1].End, PossEnd: toks[end-1].PossEnd, Poss: toks[end-1].Poss,
			Kind: kindOf(x.typeOf(slug)), Slug: slug}
		m.PossEnd = max(m.PossEnd, m.End)
		x.lx.define(text[toks[a].Start:toks[p-1].End]+" "+toks[p+3].Text, slug)
		out = append(out, m)
		for k := a; k < end; k++ {
			covered[k] = true
		}
		p = end - 1
	}
	return out
}
