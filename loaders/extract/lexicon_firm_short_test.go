package extract_test

import "testing"

// TestFirmShortName covers an investing firm's name shortened to its first
// word after the full name (lexicon_firm_short.go), and the names that
// stay whole.
func TestFirmShortName(t *testing.T) {
	reg := mustRegister(t, "firms.yaml", `entities:
  granite-labs: {name: Granite Labs, type: company}
  polar-compute: {name: Polar Compute, type: company}
  birchwood-capital: {name: Birchwood Capital, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  helix-wireless-ventures: {name: Helix Wireless Ventures, type: company}
  alpha-partners: {name: Alpha Partners, type: company}
`)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"the firm's first word after its full name", "Granite Labs hired Birchwood Capital as an adviser. Birchwood has invested in Polar Compute.",
			[]string{inv("birchwood-capital", "polar-compute")}},

		// near misses, left unlinked to the firm: no full name first; a
		// common first word
		// (since round 39 the only registered firm the word begins, full
		// name or not: rules.go registeredFirstWord)
		{"no full name first", "Birchwood has invested in Polar Compute.", []string{inv("birchwood-capital", "polar-compute")}},
		{"a common word", "Granite Labs hired Alpha Partners as an adviser. Alpha has invested in Polar Compute.",
			[]string{inv("alpha", "polar-compute")}},
	})
}
