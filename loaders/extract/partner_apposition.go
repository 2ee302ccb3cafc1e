package extract

import "strings"

// A name inside an apposition is not the subject of the verb after the
// apposition: in "NEC, a maker of radio units for Open RAN networks, had
// struck a partnership with B", Open RAN only modifies a noun of the
// description set off by commas; NEC is the subject (its own rule reads
// "X, ..., struck a partnership with Y"). The flat rule "X partnered with
// A" lets a few words and a comma stand between its subject and the verb,
// so it checks that its subject does not open after ", a", ", an", ", the"
// or ", its" within the same comma-delimited stretch.

// appositionOpeners are the determiners that open a description set off
// by a comma after a name.
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "one": true}

// insideApposition reports whether a's mention stands in a stretch that
// opens with a comma and a determiner: ", a maker of radio units for A".
func insideApposition(s *sent, a arg) bool {
	if a.m == nil || a.m.Start > len(s.text) {
		return false
	}
	before := s.text[:a.m.Start]
	c := strings.LastIndex(before, ",")
	if c < 0 {
		return false
	}
	toks := tokenize(before[c+1:])
	return len(toks) > 1 && appositionOpeners[toks[0].Key] || len(toks) > 0 && relativeOpeners[toks[0].Key]
}

// relativeOpeners open a relative clause set off by a comma after a name:
// in "A, which is 30% owned by B, has signed a partnership with C" B
// belongs to the clause, and A is the subject (round 24).
var relativeOpeners = map[string]bool{"which": true, "who": true, "whose": true}
