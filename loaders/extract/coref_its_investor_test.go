package extract_test

import "testing"

// TestItsPredicatedInvestor covers "its" before an investor noun that a
// copula predicates of a name (coref_its_investor.go): "its" is the
// company the previous sentence was about, never the holder itself.
func TestItsPredicatedInvestor(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Granite Labs builds radio chips in Oslo. "
	runNews(t, []newsCase{
		{"is its largest shareholder", open + "Helix Wireless is its largest shareholder with a stake of about 30%.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"became its biggest investor", open + "Helix Wireless became its biggest investor in 2021.",
			[]string{inv("helix-wireless", "granite-labs") + " date=2021"}},

		// near misses: no holding, or none now
		{"its largest customer", open + "Helix Wireless is its largest customer.", nil},
		{"its former shareholder", open + "Helix Wireless is its former largest shareholder.", nil},
		{"not its shareholder", open + "Helix Wireless is not its largest shareholder.", nil},
	})
}
