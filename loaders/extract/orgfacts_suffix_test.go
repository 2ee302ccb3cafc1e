package extract_test

import "testing"

// TestLegalSuffixNoInitials: a legal suffix ("AG", "SA", "SE") after a
// company's name is never the acronym of another registered company whose
// initials it happens to spell (issue 13, the orgfacts2 drill: "Deutsche
// Telekom AG" is no mention of Axiata Group).
func TestLegalSuffixNoInitials(t *testing.T) {
	reg := mustRegister(t, "suffix.yaml", `entities:
  arctic-group: {name: Arctic Group, type: company}
  sierra-alpha: {name: Sierra Alpha, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"AG after a name", "Borealis Networks AG and Helix Wireless set up Granite Labs, a joint venture to build towers.",
			[]string{"founded(granite-labs)", "jointVenture(borealis-networks,helix-wireless)"}},
		{"SA after a name", "Cobalt Mobile SA, a Swiss company, sells phones.",
			[]string{"headquarteredIn(cobalt-mobile,CH)"}},
		{"SA after a name that spells SA", "Sierra Alpha SA and Cobalt Mobile AG run Granite Labs together as a wholesale carrier.",
			[]string{"jointVenture(cobalt-mobile,sierra-alpha)"}}, // co-running J is no partnership (partner_coowned.go)
	})
}
