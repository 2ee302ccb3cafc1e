package extract

import "strings"

// Titles of address come stacked ("His Royal Highness Crown Prince P",
// "His Highness Sheikh P", "HRH Prince P"), and a rule that takes the
// capitalised run before a name as the person made "Royal Highness Crown
// Prince" a chairman (drill coref3: "its board is chaired by His Royal
// Highness Crown Prince Mohammed bin Salman"). honorificRun reports
// whether text is only such titles, one after another, with an optional
// "his"/"her" before each; honorific (chairs.go) uses it, so every rule
// that already refuses a lone "Sheikh" as a person refuses a stack too.

// honorificWords are the parts of stacked titles that the single titles
// (honorifics) do not list.
var honorificWords = map[string]bool{
	"royal highness": true, "highness": true, "excellency": true, "majesty": true, "royal": true,
}

// honorificRun reports whether lower-case text is one or more titles of
// address and nothing else.
func honorificRun(text string) bool {
	ws := strings.Fields(text)
	n := 0
	for i := 0; i < len(ws); {
		if ws[i] == "his" || ws[i] == "her" {
			i++
			continue
		}
		k := 0
		for l := min(3, len(ws)-i); l >= 1; l-- {
			p := strings.Join(ws[i:i+l], " ")
			if honorifics[p] || honorificWords[p] {
				k = l
				break
			}
		}
		if k == 0 {
			return false
		}
		i += k
		n++
	}
	return n > 0
}
