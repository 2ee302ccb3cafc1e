package extract

import (
	"regexp"
	"strings"
)

// "Y welcomed A" (relations.go) reads a group taking in a member. Two
// phrasings share its verbs and say nothing of the kind: a group that
// "welcomed the formation of A" (or its launch, creation, decision, deal)
// welcomes an event, and A is no new member; and "members signed up to
// Y's A programme" has the members as subject, so the group signs no one
// up and the programme joins nothing (dev and tune splits, 2026-12-04:
// "the GSMA welcomed the formation of Mowali", "47 operator groups had
// signed up to its Open Gateway programme"). welcomedEvent reports either.

// welcomedEventRE is the stretch from the verb to the organisations when
// it names an event or reverses the verb's direction.
var welcomedEventRE = regexp.MustCompile(`(?i)^signed up (?:to|for|with)\b|\b(?:formation|launch|creation|establishment|founding|decision|move|news|announcement|deal|agreement|plans?|partnership|investment|merger|approval|results?|entry) (?:of|by|from|between|with)\s*(?:the\s*)?$`)

// welcomedEvent reports whether the match m of "Y welcomed A" welcomes an
// event or reads a "signed up to" backwards.
func welcomedEvent(m []string) bool {
	start := len(m[1]) + len(m[2])
	end := strings.LastIndex(m[0], m[3])
	if start > len(m[0]) || end < start {
		return false
	}
	return welcomedEventRE.MatchString(m[0][start:end])
}
