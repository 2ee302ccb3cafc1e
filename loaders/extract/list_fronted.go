package extract

import "strings"

// Precision family (issue 13, helper x14prec): a fronted comparison or
// exception ("Unlike A, B joined", "Apart from A and B, C signed") ends
// at its comma; the names in it are set against the clause's subject, so
// they are no items of one list with it.

// frontedContrast are the openers of such a phrase, lower case with the
// space after them.
var frontedContrast = []string{"unlike ", "apart from ", "aside from ", "other than ", "except for ", "instead of ", "rather than ", "in contrast to ", "compared with ", "compared to "}

// frontedSource are the openers of a fronted attribution ("According to
// The Star, X chief executive P said", "Speaking to A, X chairman P"):
// the outlet or the listener is no item of a list with the name after
// the comma, and took the title meant for the company (round 18,
// real-news probes).
var frontedSource = []string{"according to ", "speaking to ", "speaking with ", "talking to ", "as reported by ", "as first reported by ", "reported by ", "citing ", "quoted by ", "in an interview with ", "in a statement to ", "in comments to "}

// contrastSplit is the index in list l of the first item after the comma
// that closes a fronted contrast phrase the list starts in, else 0.
func contrastSplit(s *sent, l []int) int {
	if len(l) < 2 {
		return 0
	}
	before := s.text[:s.ms[l[0]].Start]
	if i := strings.LastIndexAny(before, ".;:!?\n"); i >= 0 {
		before = before[i+1:]
	}
	b := strings.ToLower(strings.TrimLeft(before, " \t\"“-–—*•"))
	fronted := false
	for _, f := range frontedContrast {
		if b == f || b == "the "+f {
			fronted = true
			break
		}
	}
	for _, f := range frontedSource {
		if b == f || b == f+"the " {
			fronted = true
			break
		}
	}
	if !fronted {
		return 0
	}
	for k := 1; k < len(l); k++ {
		if g := s.text[s.ms[l[k-1]].PossEnd:s.ms[l[k]].Start]; strings.TrimSpace(g) == "," {
			return k
		}
	}
	return 0
}
