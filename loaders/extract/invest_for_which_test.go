package extract_test

import "testing"

// TestAmongInvestorsForWhich covers holders "among the investors" of a
// company told by "for which" (invest_for_which.go) and co-investors after
// "alongside" (invest_holders.go).
func TestAmongInvestorsForWhich(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"for which, after a reduced clause", "The deal follows Granite Labs unveiled in March in Norway, for which Acme Telecom and Helix Wireless are among the first investors alongside Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"alongside after the investee", "Acme Telecom is among the investors in Granite Labs alongside Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses: a person before the relative; no antecedent at all
		{"a person before for which", "The talk was given by Jane Park, for which Acme Telecom and Helix Wireless are among the sponsors.", nil},
		{"no relative", "Acme Telecom and Helix Wireless are among the first investors.", nil},
	})
}
