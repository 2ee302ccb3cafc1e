package extract_test

import "testing"

// TestInvesteeInFocus covers a description referring back as an investee
// (invest_focus.go), with sentences written for the test, and the near
// misses where the nearest company is meant.
func TestInvesteeInFocus(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"the company is the investee, not the investor last named", "Acme Telecom has taken a stake in Granite Labs. Acme Telecom is not the first operator on the register. Helix Wireless put money into the company a year earlier.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs")}},

		// near misses
		{"no investment told before: the nearest company", "Acme Telecom is growing fast. Helix Wireless put money into the company a year earlier.",
			[]string{inv("helix-wireless", "acme-telecom")}},
		{"a name, not a description, is taken as named", "Acme Telecom has taken a stake in Granite Labs. Helix Wireless put money into Acme Telecom a year earlier.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "acme-telecom")}},
	})
}

// TestAlsoStake covers a stake with no in-phrase told with "also" after
// an investment (invest_focus.go), and the near misses.
func TestAlsoStake(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"A and B also hold small stakes", "Acme Telecom has taken a stake in Granite Labs. Helix Wireless and Ion Cloud also hold small stakes.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses
		{"without also", "Acme Telecom has taken a stake in Granite Labs. Helix Wireless holds small stakes.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"the stake goes on", "Acme Telecom has taken a stake in Granite Labs. Helix Wireless also holds stakes in several funds.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"no investment before", "Acme Telecom sells phones. Helix Wireless also holds small stakes.", nil},
		{"the investee named too far back", "Acme Telecom has taken a stake in Granite Labs. Ion Cloud sells phones. Ion Cloud sells tablets. Ion Cloud sells watches. Ion Cloud sells radios. Helix Wireless also holds small stakes.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"an investment only planned before", "Acme Telecom plans to take a stake in Granite Labs. Helix Wireless also holds small stakes.",
			[]string{inv("acme-telecom", "granite-labs") + " modality=planned"}},
		{"does not hold", "Acme Telecom has taken a stake in Granite Labs. Helix Wireless does not also hold stakes.",
			[]string{inv("acme-telecom", "granite-labs")}},
	})
}
