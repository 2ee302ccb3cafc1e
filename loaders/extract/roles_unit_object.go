package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A title of a part of an organisation is no title of the organisation.
// News names a unit, a subsidiary or a joint venture by its parent and a
// noun: "P, CEO of the Orange-Vodafone joint venture", "P, chief executive
// of SK Telecom Americas", "P, CEO of Orange Business Services", "P, head
// of Acme's Spanish venture". The rules took the parent as the object of
// "CEO of", a fact every blind writer marks as a hard negative (a
// subsidiary's chief is not the group's). unitObject reports whether the
// organisation that ends at end is such a modifier: what follows it is a
// second name joined by a hyphen or a slash, then any places or
// nationalities (regionNames, regionWords, countryWords), then a unit noun
// (unitNouns); or places alone up to the
// clause's end ("CEO of SK Telecom Americas,").

// unitNouns are the nouns that name a part of an organisation or a company
// it owns with others.
var unitNouns = map[string]bool{
	"unit": true, "units": true, "subsidiary": true, "arm": true, "division": true, "venture": true,
	"ventures": true, "jv": true, "business": true, "businesses": true, "operations": true,
	"operation": true, "affiliate": true, "branch": true, "foundation": true, "cloud": true,
	"lab": true, "labs": true, "research": true, "joint": true, "spin-off": true, "spinoff": true,
}

// unitObject reports whether the organisation ending at byte end of text
// names only the parent of a unit. text is a sentence as written or its
// flat form, where a name is a placeholder ("<C3>").
func unitObject(text string, end int) bool {
	rest := text[end:]
	joined := false
	for _, j := range []string{"-", "–", "/", " and ", " & "} {
		if after, ok := strings.CutPrefix(rest, j); ok {
			if z, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(z) && z != '<' {
				return false
			}
			for { // the second name, of one or more capitalised words
				i := strings.IndexAny(after, " ,.;")
				if i < 0 {
					return false
				}
				after = after[i:]
				z, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " "))
				if after[0] != ' ' || !unicode.IsUpper(z) || unitNouns[strings.ToLower(strings.Fields(after)[0])] {
					break
				}
				after = after[1:]
			}
			rest, joined = after, true // "Orange-Vodafone joint venture", "A and B venture"
			break
		}
	}
	if after, ok := strings.CutPrefix(strings.Replace(rest, "’", "'", 1), "'s "); ok && !joined {
		// "Orange's Spanish joint venture": up to two describing words
		ws := strings.Fields(after)
		for i := 0; i < len(ws) && i < 3; i++ {
			k := strings.ToLower(ws[i])
			if unitNouns[k] {
				return true
			}
			if strings.HasPrefix(ws[i], "<N") {
				continue // a nationality's placeholder in the flat form
			}
			if k != ws[i] && !countryWords[wordKey(k)] && !regionWords[k] || strings.ContainsAny(ws[i], ",.;:") {
				return false
			}
		}
		return false
	}
	words := strings.Fields(rest)
	places := 0
	for _, w := range words {
		k := strings.ToLower(strings.TrimRight(w, ",.;:)"))
		if unitNouns[k] {
			return true
		}
		if joined || !regionNames[k] && !regionWords[k] && !countryWords[wordKey(k)] {
			return false
		}
		places++
		if strings.TrimRight(w, ",.;:)") != w {
			return true // "SK Telecom Americas,"
		}
	}
	return places > 0
}

// unitAfter reports whether a rule's match m on s.flat ends at an
// organisation that names only the parent of a unit.
func unitAfter(s *sent, m string) bool {
	i := strings.Index(s.flat, m)
	return i >= 0 && unitObject(s.flat, i+len(m))
}
