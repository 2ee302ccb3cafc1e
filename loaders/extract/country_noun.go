package extract

import "slices"

// countryNoun reports whether a word that is both a country's name and
// its adjective ("US", "UK") stands as the name: no word follows it ("based
// in the US, ..."), where "the US company" uses it as an adjective.
func (x *extractor) countryNoun(toks []token, i, j int, slug string) bool {
	e, ok := x.lx.ents[slug]
	if !ok || !slices.Contains(e.Aliases, toks[i].Text) {
		return false
	}
	return j >= len(toks) || !toks[j].Word
}
