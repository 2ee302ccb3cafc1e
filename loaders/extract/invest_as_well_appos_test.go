package extract_test

import "testing"

// TestAsWellAsAppos covers the last investor of "as well as" followed by an
// apposition to the sentence's end (invest_as_well_appos.go).
func TestAsWellAsAppos(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"an apposition after the last investor", "Granite Labs counts Acme Telecom among its investors, as well as Helix Wireless, the venture arm of a Nordic utility.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs")}},

		// near miss: a clause, not an apposition, follows
		{"a clause after the last name", "Granite Labs counts Acme Telecom among its investors, as well as Helix Wireless, the company said.",
			[]string{inv("acme-telecom", "granite-labs")}},
	})
}
