package extract

import (
	"regexp"
	"strings"
)

// This file keeps an apposition out of a list (helper z15hq, issue 13):
// in "Nokia, Ericsson's Finnish rival, has no stake" the possessive name
// after the comma opens a description of Nokia ("Ericsson's Finnish
// rival"), not a second item. Read as the list [Nokia, Ericsson] the
// description's nationality went nowhere and the rule "X, Y's N rival"
// (relations.go) could not see X. Two names joined by a bare comma, the
// second a possessor of a nationality and a company noun that closes the
// phrase (a comma, the sentence's end, or its verb), are a name and its
// description. Only a description with a nationality is taken out: "A,
// B's largest investor" stays the pair the investment families read
// (invest_holders.go), and "A, B's unit and C" keeps its list.

// possApposModsRE is what may stand between the possessor and the
// nationality: lowercase modifiers ("Ericsson's long-time Finnish rival").
var possApposModsRE = regexp.MustCompile(`^\s+(?:[a-z][\w-]*\s+){0,2}$`)

// possApposTailRE is what follows the nationality: at most one modifier,
// a company head noun, then the end of the phrase.
var possApposTailRE = regexp.MustCompile(`^\s+(?:[\w-]+\s+)?` + rCompanyHead + `(?:,|\s*$|\s*\.|\s+(?:is|was|has|had|said|says|will|would|which|holds|runs|remains)\b)`)

// possDescAppos reports whether mention b, after mention a and a bare
// comma, possesses a nationality description in apposition to a.
func possDescAppos(s *sent, a, b int, gap string) bool {
	if !s.ms[b].Poss || s.ms[a].Poss || strings.TrimSpace(gap) != "," || b+1 >= len(s.ms) {
		return false
	}
	// after a list ("A, B, C's Finnish rival") the possessor is an item
	if a > 0 && strings.TrimSpace(s.text[s.ms[a-1].PossEnd:s.ms[a].Start]) == "," {
		return false
	}
	n := s.ms[b+1]
	if n.Kind != 'N' || n.Start < s.ms[b].PossEnd || !possApposModsRE.MatchString(s.text[s.ms[b].PossEnd:n.Start]+" ") {
		return false
	}
	return possApposTailRE.MatchString(s.text[n.End:])
}
