package extract_test

import "testing"

// TestParenAcronymName: a long name with its acronym in brackets before
// the head word names the entity the acronym and the head name, also for
// a later description; near misses: an acronym and head that name nothing
// known, a lower-case word before the bracket.
func TestParenAcronymName(t *testing.T) {
	runNews(t, []newsCase{
		{"long form (ACRONYM) Head", "Acme Telecom and Cobalt Mobile joined the Rural Access Digital Internet Operations (Radio) Forum.",
			relFacts("memberOf", "radio-forum", "acme-telecom", "cobalt-mobile")},
		{"a later description", "Acme Telecom joined the Rural Access Digital Internet Operations (Radio) Forum. The forum was founded in 2021 by Cobalt Mobile and Ion Cloud.",
			append(relFacts("foundingMember", "radio-forum", "cobalt-mobile", "ion-cloud"), "founded(radio-forum) date=2021", "memberOf(acme-telecom,radio-forum)")},
		{"near miss: nothing known", "Acme Telecom joined the Open Fronthaul Test (OFT) Forum on Tuesday.", nil},
		{"near miss: a lower-case word before the bracket", "Acme Telecom joined the forum (Radio) Forum on Tuesday.", nil},
	})
}
