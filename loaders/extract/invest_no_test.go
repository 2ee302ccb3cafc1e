package extract_test

import "testing"

// TestInvestNoStake: a stake or funding with the determiner "no" is a
// denial, whatever the verb ("holds no stake", "took no stake", "got no
// funding from"); the same clause with "a" still states the investment.
func TestInvestNoStake(t *testing.T) {
	runNews(t, []newsCase{
		{"holds no stake", "Cobalt Mobile buys chips from Polar Compute but holds no stake in Polar Compute.", nil},
		{"took no stake", "Acme Telecom took no stake in Helix Wireless.", nil},
		{"got no funding from", "Helix Wireless got no funding from Acme Telecom.", nil},
		{"holds a stake", "Acme Telecom holds a stake in Helix Wireless.", []string{"investedIn(acme-telecom,helix-wireless)"}},
		{"got funding from", "Helix Wireless got funding from Acme Telecom.", []string{"investedIn(acme-telecom,helix-wireless)"}},
	})
}
