package extract

import (
	"regexp"
	"strings"
)

// This file (round 42, from the tune split) ends a list at the comma that
// closes a sentence's fronted prepositional phrase: "Besides PIF, it
// counts A and B among its minority shareholders", "Besides Maravel,
// Velta counts A and B among its investors". The name after the
// preposition is the phrase's object and the comma ends the phrase; the
// next name opens the clause as its subject, no second item of a list
// with the first.

// frontedPrepRE matches a sentence's opening preposition, at most a
// couple of words before the first name.
var frontedPrepRE = regexp.MustCompile(`(?i)^\s*(?:besides|apart from|aside from|in addition to|as well as|beyond|unlike|like|alongside|after|before|with)\s+(?:the\s+)?$`)

// frontedPrepEnds reports whether the list cur, one name opened by a
// fronted preposition, ends at the comma before mention i.
func frontedPrepEnds(s *sent, cur []int, i int) bool {
	if len(cur) != 1 {
		return false
	}
	first := s.ms[cur[0]]
	if !frontedPrepRE.MatchString(s.text[:first.Start]) {
		return false
	}
	return strings.TrimSpace(s.text[first.PossEnd:s.ms[i].Start]) == ","
}
