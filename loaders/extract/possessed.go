package extract

import (
	"regexp"
	"strings"
)

// This file keeps an owner apart from what it owns when a possessive
// stands where a relation wants a party: "Reid Hoffman's charitable
// foundation" invested, not Reid Hoffman; "Azure will run AT&T's 5G core
// traffic" leads traffic, not AT&T.

// possessedRE reads the common-noun phrase after a possessive: up to three
// lower-case words (or a figure such as "5G" before them).
var possessedRE = regexp.MustCompile(`^\s+((?:[0-9][\w-]*\s+)?(?:[a-z][\w-]*\s*){1,3})`)

// ownedVehicles are what a person or company invests through.
var ownedVehicles = map[string]bool{
	"foundation": true, "charity": true, "trust": true, "office": true, "fund": true, "endowment": true,
}

// possessedPhrase is the common-noun phrase a possessive mention
// determines ("charitable foundation"), or "" when the mention is no
// possessive or a name follows it.
func possessedPhrase(s *sent, a arg) string {
	if a.m == nil || !a.m.Poss || a.m.PossEnd >= len(s.text) {
		return ""
	}
	m := possessedRE.FindStringSubmatch(s.text[a.m.PossEnd:])
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// investsThroughVehicle reports whether an investor mention is the owner
// of the vehicle that invested: "Reid Hoffman's charitable foundation".
func investsThroughVehicle(s *sent, a arg) bool {
	for _, w := range strings.Fields(possessedPhrase(s, a)) {
		if ownedVehicles[w] {
			return true
		}
	}
	return false
}

// ledThingOwned reports whether a party of a leading verb is the owner of
// what leads or is led: the led one after its leader ("X will run AT&T's
// 5G core traffic"), or the leader ("led by Cobalt Mobile's former
// chief").
func ledThingOwned(s *sent, led, leader arg) bool {
	if possessedPhrase(s, leader) != "" || personOfPoss(s, leader) {
		return true
	}
	return led.m != nil && leader.m != nil && led.m.Start > leader.m.Start && possessedPhrase(s, led) != ""
}

// personOfPoss reports whether a possessive mention determines a person's
// name: in "chaired by Telenor's Sigve Brekke" the person leads, not the
// company (round 16, the roles6 drill).
func personOfPoss(s *sent, a arg) bool {
	if a.m == nil || !a.m.Poss {
		return false
	}
	for _, m := range s.ms {
		if m.Start > a.m.PossEnd && strings.TrimSpace(s.text[a.m.PossEnd:m.Start]) == "" {
			return m.Kind == 'P'
		}
	}
	return false
}
