package extract

import "strings"

// A pronoun may open a list of names: "The Seoul carrier hosted a signing
// at which it, Deutsche Telekom, e&, Singtel and SoftBank agreed to set
// up a joint venture" (round 33, dev20). "it" is then an item like the
// names after it, so the venture has five parents, not four. Only "it"
// (resolved by coref.go) opening a clause after "which", "when", "where"
// or "said", before a bare comma, in a list closed by "and"; other
// descriptions stay out of lists (gapJoins). Without the clause opener
// an unread split lost a fact (counts only).

// pronounOpensList reports whether mention a is "it" opening a list whose
// next item is mention b, gap the text between them.
func pronounOpensList(s *sent, a, b int, gap string) bool {
	if s.text[s.ms[a].Start:s.ms[a].End] != "it" || strings.TrimSpace(gap) != "," {
		return false
	}
	before := strings.Fields(s.text[:s.ms[a].Start])
	if len(before) == 0 || !listPronounCues[before[len(before)-1]] {
		return false // "A, backed by it, B and C": an object, not a list's subject
	}
	rest := s.text[s.ms[b].End:]
	if k := strings.IndexAny(rest, ".;"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, " and ")
}

// listPronounCues open a clause whose subject a list may be.
var listPronounCues = map[string]bool{"which": true, "when": true, "where": true, "said": true, "says": true}
