package extract

import "strings"

// attributiveCountry reports whether a country's name stands as a
// modifier before a description, the way news writes "Singapore state
// investor Temasek" or "Japan chipmaker Rapidus": the name is not the
// object of a preposition ("in Singapore investor circles"), not a
// possessive ("Japan's"), and opens no longer name.
func attributiveCountry(text string, m *mention) bool {
	if m.Poss || m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	before := strings.Fields(strings.ToLower(text[:m.Start]))
	if len(before) > 0 && placePreps[strings.Trim(before[len(before)-1], ",;:")] {
		return false
	}
	return true
}

// placePreps take a place as their object.
var placePreps = map[string]bool{
	"in": true, "from": true, "to": true, "at": true, "across": true, "into": true, "outside": true, "of": true,
	"for": true, "with": true, "by": true, "throughout": true, "within": true, "inside": true, "beyond": true,
}
