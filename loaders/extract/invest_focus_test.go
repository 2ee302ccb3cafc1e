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
