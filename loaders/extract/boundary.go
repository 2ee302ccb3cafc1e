package extract

import "slices"

// Entity boundaries (issue 13): a registered name inside a longer
// capitalised name is not that entity. "Open Network AI Alliance" is a new
// group, not the "AI Alliance" the register knows, and "Nokia Bell Labs" is
// not Nokia; such a match is dropped so that the longer name is read as an
// unknown proper name. Words that only say which one or what kind stay
// outside the name: a determiner or opener ("The AI Alliance"), a country or
// nationality ("German Deutsche Telekom"), a possessive ("Germany's"), a
// descriptor ("Operator Vodafone", "industry group AI Alliance"), a verb of
// a title-case headline ("Operators Launch AI Alliance"), and on the right
// a legal suffix or a word that names the business ("Vodafone Group",
// "Samsung Electronics").

// extendedLeft reports whether the capitalised word right before a known
// group's name at toks[i] makes it part of a longer name.
func extendedLeft(toks []token, i int, covered []bool) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if !p.Word || !p.Upper || p.Poss || covered[i-1] || toks[i].Start != p.End+1 {
		return false
	}
	k := p.Key
	if _, ok := closedClass[k]; ok || sentenceOpeners[k] || countryWords[k] || allianceNouns[k] || orgNouns[k] ||
		companyNouns[k] || titleWords[k] || regionWords[k] || chunkStop[k] && !nameEnds[k] {
		return false
	}
	if _, _, ok := verbForm(k); ok && !orgHeads[k] && !genericHeads[k] {
		return false
	}
	return true
}

// extendedRight reports whether the capitalised words from toks[j] on,
// right after a known company's name, make a longer name of another
// organisation: a run of up to three words that ends in an organisation's
// head and holds a word that is not one ("Bell Labs", "Ventures").
func (x *extractor) extendedRight(toks []token, j int) bool {
	if j == 0 || j >= len(toks) || toks[j-1].Poss || x.lx.first[toks[j].Key] != nil {
		return false
	}
	own := false
	for k := j; k < len(toks) && k < j+3; k++ {
		t := toks[k]
		if !t.Word || !t.Upper || t.Start != toks[k-1].End+1 || toks[k-1].Poss || titleWords[t.Key] || chunkStop[t.Key] && !nameEnds[t.Key] {
			return false
		}
		if !genericHeads[t.Key] && !corpSuffix[t.Key] {
			own = true
		}
		if own && (orgHeads[t.Key] || genericHeads[t.Key]) {
			return true
		}
	}
	return false
}

// projectTail reports whether toks[j] is the word "Project" that a
// registered company or venture's name takes in full ("the Stargate
// Project" is Stargate, round 29): capitalised, right after the name, and
// no capitalised word after it ("Stargate Project Phase Two" is another
// name). The register has no longer name, or the lexicon would have
// matched it. The name read so makes "the project" the company too
// (nameProject, headNounRef).
func projectTail(toks []token, j int) bool {
	if j == 0 || j >= len(toks) || toks[j].Key != "project" || !toks[j].Upper || toks[j-1].Poss || toks[j].Start != toks[j-1].End+1 {
		return false
	}
	return j+1 >= len(toks) || !toks[j+1].Word || !toks[j+1].Upper || toks[j+1].Start != toks[j].End+1
}

// nameProject remembers that the text named slug with "Project" after its
// name, as a description by the noun would.
func (x *extractor) nameProject(slug string) {
	if x.groupDescs == nil {
		x.groupDescs = map[string][]string{}
	}
	if !slices.Contains(x.groupDescs[slug], "project") {
		x.groupDescs[slug] = append(x.groupDescs[slug], "project")
	}
}
