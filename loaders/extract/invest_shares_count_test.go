package extract_test

import "testing"

// TestCountedShares covers a holding told by a count of shares before
// the company's name (invest_shares_count.go), with sentences written for
// the test, and the near misses.
func TestCountedShares(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"roughly N million Y shares", "Acme Telecom had bought roughly 120 million Granite Labs shares by June.", []string{inv("acme-telecom", "granite-labs")}},
		{"owns about N Y shares", "Ion Cloud owns about 40 million Polar Compute shares.", []string{inv("ion-cloud", "polar-compute")}},

		// near misses
		{"the name shares a market", "Granite Labs shares the market with Acme Telecom.", nil},
		{"sold shares", "Acme Telecom sold roughly 5 million Granite Labs shares in May.", nil},
	})
}
