package extract

import (
	"slices"
	"strings"
	"unicode"
)

// Precision family (issue 13, helper z19members): a registered group name
// made of common words ("AI Alliance") also reads as a description of any
// group: "SK Telecom and Singtel set up an AI alliance", "Five carriers
// incorporate telco AI alliance". Written with its group noun in lower
// case after an indefinite article or after a lower-case modifier, it is
// that description, not the name: the mention is dropped, and the
// sentence's founding or membership does not go to the registered group.
// "the AI alliance", "joined the AI alliance" and any capitalised
// spelling still name it.

// genericDeterminers may stand right before a group's name.
var genericDeterminers = map[string]bool{"the": true, "its": true, "their": true, "this": true, "that": true, "our": true, "your": true, "his": true, "her": true}

// dropGenericGroups removes the alliance mentions in text that a lower-case
// group noun and the word before them make a description.
func (x *extractor) dropGenericGroups(text string, ms []mention) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool {
		if m.Kind != 'A' || m.Coref || m.Slug == "" || m.End > len(text) {
			return false
		}
		w := strings.Fields(text[m.Start:m.End])
		if len(w) < 2 {
			return false
		}
		head := w[len(w)-1]
		if !groupHeads[strings.ToLower(head)] || !unicode.IsLower([]rune(head)[0]) {
			return false
		}
		name := strings.Fields(x.nameOf(m.Slug))
		if len(name) == 0 || !strings.EqualFold(name[len(name)-1], head) || !unicode.IsUpper([]rune(name[len(name)-1])[0]) {
			return false
		}
		before := strings.Fields(text[:m.Start])
		if len(before) == 0 {
			return false
		}
		prev := before[len(before)-1]
		if strings.ContainsAny(prev, ",;:()\"'") {
			return false
		}
		p := strings.ToLower(prev)
		if p == "a" || p == "an" || p == "another" {
			return true
		}
		return unicode.IsLower([]rune(prev)[0]) && !genericDeterminers[p]
	})
}
