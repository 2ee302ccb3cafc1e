package extract

import (
	"strings"
	"unicode"
)

// Precision family (issue 13, helper x14prec): the last name of an "A and
// B" run inside an object phrase may open a new clause. In "Acme owns 40%
// of Granite and Borealis holds the rest" or "Sam said Acme invested in
// Granite and Borealis said it would follow", Borealis is the subject of
// the verb after it, not a second holding or investee. Two signs together
// make the split: the run sits after a preposition in a clause that
// already has its verb (so it is no subject phrase like "The merger of A
// and B is"), and the word after the last name is a verb that agrees with
// it alone (singular "holds", "is", "has") or a past verb of reporting or
// dealing.

// clauseVerbSplit is the index in list l of its last item when that item
// opens a clause of its own, else 0.
func clauseVerbSplit(s *sent, l []int) int {
	if len(l) < 2 {
		return 0
	}
	last := l[len(l)-1]
	gap := s.text[s.ms[l[len(l)-2]].PossEnd:s.ms[last].Start]
	spliced := len(l) == 2 && strings.TrimSpace(gap) == "," // list_verb_splice.go
	if !strings.Contains(gap, "and ") && !spliced || s.ms[last].Poss {
		return 0
	}
	before := s.text[:s.ms[l[0]].Start]
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(strings.ToLower(before))
	if len(words) < 3 || !objectPreps[words[len(words)-1]] || !hasFiniteVerb(words[:len(words)-1]) {
		return 0
	}
	w := nextWord(s.text[s.ms[last].PossEnd:])
	if w == "" || w != strings.ToLower(w) {
		return 0
	}
	if w == "is" || w == "was" || w == "has" || splitPastVerbs[w] || spliced && splicedVerb(w) {
		return len(l) - 1
	}
	if _, f, ok := verbForm(w); ok && f == formPres3 && !nounOnly[w] {
		return len(l) - 1
	}
	return 0
}

// objectPreps head the phrase a list may stand in; "between" and "among"
// take plural lists by meaning, so they are left out.
var objectPreps = map[string]bool{"of": true, "in": true, "into": true, "from": true, "with": true, "to": true, "by": true, "for": true, "at": true}

// splitPastVerbs are past forms that, right after a name in an object
// phrase, start a new clause with it.
var splitPastVerbs = map[string]bool{"said": true, "added": true, "bought": true, "took": true, "sold": true, "agreed": true, "declined": true, "announced": true}

// hasFiniteVerb reports whether the words hold a finite verb: an
// auxiliary, or a present or past form not right after a determiner ("the
// planned merger" is no verb).
func hasFiniteVerb(words []string) bool {
	for i, w := range words {
		if i > 0 && (words[i-1] == "the" || words[i-1] == "a" || words[i-1] == "an") {
			continue
		}
		if auxLemma[w] != "" {
			return true
		}
		if _, f, ok := verbForm(w); ok && (f == formPres3 || f == formPast) && !nounOnly[w] {
			return true
		}
	}
	return false
}

// nextWord is the first run of letters in rest after spaces.
func nextWord(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	if j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		return rest[:j]
	}
	return rest
}

// commaInsertFollows reports whether a comma and a participle or relative
// word follow mention i ("; Ion Cloud, backed by B, raised"): the name
// opens a clause with an insert, as a list's last item after a bare
// semicolon does not.
func commaInsertFollows(s *sent, i int) bool {
	rest := strings.TrimLeft(s.text[s.ms[i].PossEnd:], " ")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	w := nextWord(rest[1:])
	if relWords[w] {
		return true
	}
	_, f, ok := verbForm(w)
	return ok && (f == formPast || f == formPart) && w == strings.ToLower(w)
}

// relWords open a relative clause.
var relWords = map[string]bool{"which": true, "who": true, "whose": true, "where": true}
