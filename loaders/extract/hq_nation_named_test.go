package extract_test

import "testing"

// TestNationNamedOnly: a nationality on a plural noun gives its country
// to the names the noun introduces, not to a pronoun or description in a
// later clause (nation_named.go); a possessive nationality description
// after a bare comma describes the name before it rather than extending a
// list (list_poss_appos.go).
func TestNationNamedOnly(t *testing.T) {
	runNews(t, []newsCase{
		{"a pronoun after a plural nationality noun",
			"Acme Telecom published its model in March. Smaller Korean firms can now build on it.",
			nil},
		{"a pronoun in the relative clause of a nationality noun",
			"Acme Telecom listed the Japanese cloud providers it works with.",
			nil},
		{"a description in the next clause",
			"Acme Telecom opened a lab with Helix Wireless and Cobalt Mobile. The Swedish and Finnish vendors already supply most of the carrier's radios.",
			// no country; the lab makes the three partners (round 27, partner_made_with.go)
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,helix-wireless)"}},
		{"names after a plural nationality noun keep it",
			"Korean firms Acme Telecom and Helix Wireless released models in March.",
			[]string{"headquarteredIn(acme-telecom,KR)", "headquarteredIn(helix-wireless,KR)"}},
		{"a possessive nationality description in apposition",
			"Acme Telecom, Helix Wireless's Finnish rival, has no stake in the venture.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"the apposition with a modifier, before a verb",
			"Borealis Networks, Cobalt Mobile's long-time Swedish rival said it had no plans for a similar deal.",
			[]string{"headquarteredIn(borealis-networks,SE)"}},
		{"a list stays a list",
			"Acme Telecom, Helix Wireless and Cobalt Mobile joined the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)", "memberOf(helix-wireless,radio-forum)"}},
	})
}
