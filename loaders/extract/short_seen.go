package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A short form two names share goes to the one the article is about:
// "Telekom" is cut from both "Telekom Malaysia" (a name less its country)
// and "Deutsche Telekom" (a name's distinctive last word); in an article
// that has named Deutsche Telekom and never Telekom Malaysia, "Telekom's
// partners" are Deutsche Telekom's.

// seenVariant is the entity a derived short form names: slug, unless the
// article has not named slug yet and the form is the distinctive last
// word of exactly one company it has named.
func (x *extractor) seenVariant(slug, form string) string {
	if _, seen := x.firstSeen[slug]; seen {
		return slug
	}
	ws := strings.Fields(wordKey(form))
	if len(ws) != 1 || len(ws[0]) < 5 || genericHeads[ws[0]] || orgHeads[ws[0]] || allianceHeads[ws[0]] || countryWords[ws[0]] {
		return slug
	}
	found := x.lastWordOwner(ws[0], func(f string) bool { _, seen := x.firstSeen[f]; return seen })
	if found == "" && x.sentIdx == 0 && !x.headlineShort([]string{slug}) {
		// a headline's short form before the lead names anyone: the one
		// company the lead names in full ("What Google is buying with its
		// Airtel stake", then "Google's plan to invest in Bharti Airtel";
		// round 45, dev29)
		found = x.lastWordOwner(ws[0], func(f string) bool { n := x.nameOf(f); return n != "" && strings.Contains(x.leadText, n) })
	}
	if found == "" {
		return slug
	}
	return found
}

// lastWordOwner is the one company of two words or more whose name ends
// in the word w and that named reports as named; "" when none or more.
func (x *extractor) lastWordOwner(w string, named func(slug string) bool) string {
	found := ""
	for _, f := range x.lx.forms() {
		if f.typ != schema.TypeCompany || len(f.words) < 2 || f.words[len(f.words)-1] != w || f.slug == found || !named(f.slug) {
			continue
		}
		if found != "" {
			return "" // two named companies end in the word
		}
		found = f.slug
	}
	return found
}

// longerVariant is the entity that a derived short form and the
// capitalised word right after it spell with a small variation ("SK
// Telekom" for SK Telecom, where "SK" alone is cut from "SK Group"), or
// "" when the two words name nothing else.
func (x *extractor) longerVariant(text string, toks []token, i, j int, slug string) string {
	if j >= len(toks) || !toks[j].Word || !toks[j].Upper || toks[j].Start != toks[j-1].End+1 {
		return ""
	}
	v := x.variantOf(text[toks[i].Start:toks[j].End])
	if v == "" || v == slug {
		return ""
	}
	return v
}

// joinedShort reports whether the word before toks[i] is one that only an
// organisation follows ("joined O-RAN", "a member of O-RAN", "members of
// AI-RAN"): there a group's short form names the group even before the
// article has written its full name, where elsewhere "O-RAN" may be the
// technology.
func joinedShort(toks []token, i int) bool {
	if i == 0 || !toks[i-1].Word {
		return false
	}
	switch toks[i-1].Key {
	case "joined", "joins", "join", "joining", "rejoined", "left", "quit":
		return true
	case "of":
		return i >= 2 && (toks[i-2].Key == "member" || toks[i-2].Key == "members" || toks[i-2].Key == "membership")
	}
	return false
}
