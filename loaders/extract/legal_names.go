package extract

import "strings"

// Names an article defines before it shortens them.
//
// An acronym shared by two registered companies ("DT" is the initials of
// Deutsche Telekom and of Dell Technologies) names no one until the article
// has named exactly one of them in full: "Deutsche Telekom AG ... DT and
// Google Cloud" is Deutsche Telekom. With both or neither named it stays
// an unknown name.
//
// A company's full legal name may hold one more word than the name news
// uses: "Reliance Jio Infocomm Ltd" is Reliance Jio, not Reliance Jio and
// a company "Infocomm". The word must sit between a registered name of two
// or more words and a legal suffix, be capitalised and be no name, head,
// title or country of its own ("Vodafone Idea Ltd" keeps its own name: the
// registered name is one word).

// sharedAcronyms adds the acronyms that several entities share, each
// naming only the one the article has already named.
func (lx *lexicon) sharedAcronyms(acros map[string][]string) {
	for a, slugs := range acros {
		if len(slugs) > 1 && lx.first[strings.ToLower(a)] == nil {
			lx.addEntry(&lexEntry{toks: []string{strings.ToLower(a)}, orig: []string{a}, slugs: slugs, cased: true, weak: true, afterFull: true})
		}
	}
}

// seenOnce reports whether exactly one of slugs has been named so far.
func (x *extractor) seenOnce(slugs []string) bool {
	n := 0
	for _, s := range slugs {
		if _, ok := x.firstSeen[s]; ok {
			n++
		}
	}
	return n == 1
}

// legalTail extends a company's mention toks[i:j] over the one word of its
// legal name that news drops, when a legal suffix follows it; it returns
// the new end.
func (x *extractor) legalTail(toks []token, i, j int) int {
	if j-i < 2 || j+1 >= len(toks) || toks[j-1].Poss {
		return j
	}
	w, s := toks[j], toks[j+1]
	if !w.Word || !w.Upper || w.Poss || w.Start != toks[j-1].End+1 || s.Start != w.End+1 || !s.Word || !s.Upper || !corpSuffix[s.Key] {
		return j
	}
	k := w.Key
	if x.lx.first[k] != nil || genericHeads[k] || orgHeads[k] || allianceHeads[k] || titleWords[k] || countryWords[k] ||
		chunkStop[k] || corpSuffix[k] || strings.ToUpper(w.Text) == w.Text {
		return j
	}
	return j + 2
}

// suffixPoss reads a possessive after a legal suffix's full stop,
// "SoftBank Corp.'s chief executive", "Alphabet Inc.’s": the stop ends
// the name at end, and the "'s" right after it makes the name a
// possessor, as it does after any other name. It returns whether it did,
// and where the possessive ends (end when there is none).
func suffixPoss(text string, end int) (bool, int) {
	for _, a := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[end:], a) && !nextIsLetter(text, end+len(a)) {
			return true, end + len(a)
		}
	}
	return false, end
}
