package extract

import "strings"

// headedBy reports whether a group's name is headed by the noun head: its
// last word ("the alliance" for the AI-RAN Alliance), or its first word
// when "for" or "of" follows it ("the coalition" for the Coalition for
// Secure AI, "the association" for the Association of ...).
func headedBy(name, head string) bool {
	w := strings.Fields(name)
	if len(w) == 0 {
		return false
	}
	if wordKey(w[len(w)-1]) == head {
		return true
	}
	return len(w) > 2 && (w[1] == "for" || w[1] == "of") && wordKey(w[0]) == head
}
