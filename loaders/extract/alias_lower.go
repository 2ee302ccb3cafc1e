package extract

// A brand written in lower case ("du", "stc", "giffgaff") is a name when
// the text introduces it as one: "Emirates Integrated Telecommunications
// Company, the operator known as du," (round 43, dev27). The unknown-name
// finder reads only capitalised words, so the word after "known as",
// "trades as" or "branded as" becomes an unknown name here, and
// aliasDefinition makes it the earlier name's (alias_defs.go); the
// lexicon then knows it for the rest of the article.

// aliasCueWords are the words before "as" that introduce a name.
var aliasCueWords = map[string]bool{"known": true, "trades": true, "branded": true, "trading": true}

// lowerBrands returns an unknown-name mention for each lower-case word
// right after "known as", "trades as" or "branded as" and before a comma,
// full stop or the sentence's end.
func lowerBrands(text string, toks []token, covered []bool, cover func(a, b int)) []mention {
	var out []mention
	for i := 2; i < len(toks); i++ {
		t := toks[i]
		if covered[i] || !t.Word || t.Upper || toks[i-1].Key != "as" || !aliasCueWords[toks[i-2].Key] {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Word {
			continue // "known as the ...": a phrase, not a name
		}
		if len(t.Text) < 2 || chunkStop[t.Key] {
			continue
		}
		out = append(out, mention{Start: t.Start, End: t.End, PossEnd: t.PossEnd, Poss: t.Poss, Kind: 'U', Name: text[t.Start:t.End]})
		cover(i, i+1)
	}
	return out
}
