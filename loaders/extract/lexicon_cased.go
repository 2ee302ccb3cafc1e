package extract

import (
	"strings"
	"unicode"
)

// A short form cut from a longer name keeps the capitals that made it a
// name: "AI-Native" from "AI-Native Wireless Networks" names the group,
// but "AI-native networks" in running text is an adjective and a noun.
// A hyphenated short form whose part after a hyphen is capitalised
// therefore matches only as written; other short forms ("Samsung",
// "Docomo") match in any case, as before.

// addShort adds a derived short form of a name for slug.
func (lx *lexicon) addShort(form, slug string) {
	if !casedCompound(form) {
		lx.add(form, slug, true)
		return
	}
	toks, orig := formTokens(form)
	if len(toks) == 0 {
		return
	}
	lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{slug}, weak: true, cased: true})
}

// casedCompound reports whether a form has a hyphen followed by a
// capital letter and a lower-case letter somewhere after it ("AI-Native",
// "Open-Source"), so that its lower-case spelling is an ordinary word.
func casedCompound(form string) bool {
	for _, part := range strings.Split(form, "-")[1:] {
		r := []rune(part)
		if len(r) >= 2 && unicode.IsUpper(r[0]) && strings.ContainsFunc(string(r[1:]), unicode.IsLower) {
			return true
		}
	}
	return false
}

// hyphenAdjective reports whether the unknown run toks[a:b] is one
// hyphenated word whose part after the hyphen is lower case ("AI-native",
// "AI-powered", "5G-ready"): an adjective, not a name, whatever capitals
// open it.
func hyphenAdjective(toks []token, a, b int) bool {
	w := ""
	for k := a; k < b; k++ {
		if k > a && toks[k].Start != toks[k-1].End {
			return false
		}
		w += toks[k].Text
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[1:] {
		r := []rune(p)
		if len(r) < 2 || !unicode.IsLower(r[0]) {
			return false
		}
	}
	return true
}
