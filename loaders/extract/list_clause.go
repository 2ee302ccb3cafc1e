package extract

import (
	"strings"
)

// A semicolon that opens a new clause is no list separator (helper x13i9,
// issue 13): in "A led a Series B in Y; B and C also participated" the
// names after the semicolon are the subject of a verb of their own, while
// in "co-led by three new backers: A; B; and C." the semicolons separate
// items and nothing follows the last one.

// semicolonClause is the index in list l of the first item after a bare
// semicolon when the items from it on (with no semicolon between them)
// are followed by a verb or an adverb opening a clause, or (the second of
// two items) by a comma insert (list_verb_split.go); else 0.
func semicolonClause(s *sent, l []int) int {
	for k := len(l) - 1; k >= 1; k-- {
		g := s.text[s.ms[l[k-1]].PossEnd:s.ms[l[k]].Start]
		if strings.TrimSpace(g) != ";" {
			if strings.Contains(g, ";") {
				return 0
			}
			continue
		}
		if verbFollows(s, l[len(l)-1]) || k == len(l)-1 && k == 1 && commaInsertFollows(s, l[k]) {
			return k
		}
		return 0
	}
	return 0
}

// verbFollows reports whether the word after mention i is a lower-case
// verb or an adverb opening a clause: the mentions before it are that
// clause's subject, not more items of a list before them.
func verbFollows(s *sent, i int) bool {
	w := nextWord(s.text[s.ms[i].PossEnd:]) // list_verb_split.go
	if w == "" || w != strings.ToLower(w) {
		return false
	}
	_, _, ok := verbForm(w)
	// an auxiliary or a modal opens a predicate too: "A backed B; C has
	// invested in D", "C will follow" (helper y14inv)
	_, aux := auxLemma[w]
	return ok || aux || modals[w] || clauseAdverbs[w]
}

// clauseAdverbs open a predicate after its subject: "B and C also
// participated", "D each took part".
var clauseAdverbs = map[string]bool{"also": true, "each": true, "both": true, "all": true, "jointly": true, "together": true, "later": true, "then": true}
