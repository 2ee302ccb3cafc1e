package extract

import (
	"slices"
	"strings"
)

// A comma before "and" after a single item opens a clause, not a list
// item (helper x13m10, issue 13): in "Acme is a founding member of the
// Radio Forum, and Cobalt chairs it" the forum and Cobalt were read as one
// coordinated list, so Cobalt became a founding member of the forum and
// the chair was lost. Two items are not written with a comma before
// "and"; a list in which the ", and" follows a lone first item, joins a
// group to an organisation that is none (or the reverse), and the items
// after it are followed by a verb is split there, as semicolonClause
// splits at a semicolon (list_clause.go). "A, B, and C said" (a serial
// comma after two items) stays one list, and so does "co-led the round
// with A, and B participated", whose first reading other rules rely on.

// commaAndClause is the index in list l of the item after a ", and" that
// opens a clause, or 0.
func commaAndClause(s *sent, l []int) int {
	if len(l) < 2 {
		return 0
	}
	g := strings.TrimSpace(s.text[s.ms[l[0]].PossEnd:s.ms[l[1]].Start])
	if g != ", and" && g != ",and" || (s.ms[l[0]].Kind == 'A') == (s.ms[l[1]].Kind == 'A') {
		return 0
	}
	if verbFollows(s, l[len(l)-1]) { // list_clause.go
		return 1
	}
	return 0
}

// sentenceGroups counts the distinct groups a sentence names. A clause
// that joins without naming its group ("and B joined in 2023") cannot
// take one from the reach of earlier sentences when its own sentence
// names two: "A left X for Y, and B joined" may be either. Before the
// ", and" split such a clause was hidden inside a false list.
func sentenceGroups(s *sent) int {
	var seen []string
	for _, m := range s.ms {
		if m.Kind == 'A' && m.Slug != "" && !slices.Contains(seen, m.Slug) {
			seen = append(seen, m.Slug)
		}
	}
	return len(seen)
}
