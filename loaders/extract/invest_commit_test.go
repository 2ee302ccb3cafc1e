package extract_test

import "testing"

// TestInvestCommit covers money committed or pledged (invest_commit.go),
// with sentences written for the test, and the near misses that state
// none.
func TestInvestCommit(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"committed $X to Y", "Acme Telecom is a mobile carrier in Norway. This week the carrier committed $10 million to Granite Labs, the AI search company.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2025-06 amount=$10 million"}},
		{"has committed $X to Y", "Ion Cloud has committed $50 million to Polar Compute.", []string{inv("ion-cloud", "polar-compute") + " amount=$50 million"}},
		{"while A committed $X", "Granite Labs got an investment of $1.2 billion from Ion Cloud, while Acme Telecom committed $750 million.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$1.2 billion", inv("acme-telecom", "granite-labs") + " amount=$750 million"}},

		// near misses
		{"committed to capex", "Acme Telecom committed $5 billion to capex.", nil},
		{"committed to building", "Acme Telecom committed to building towers for Granite Labs.", nil},
		{"did not commit", "Ion Cloud did not commit $50 million to Polar Compute.", nil},
		{"no investment told in the sentence", "Granite Labs got an investment of $1.2 billion from Ion Cloud. Acme Telecom committed $750 million over five years.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$1.2 billion"}},
		{"committed to a country", "Ion Cloud committed $50 million to Norway.", nil},
	})
}
