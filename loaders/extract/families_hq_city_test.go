package extract_test

import "testing"

// TestCityCountries: a company a city or region places ("the Silicon
// Valley venture firm", "the Chicago company") is no antecedent of a
// description of another country ("The Japanese start-up" is not Helix
// Wireless, so it states nothing of Helix); a city states no headquarters
// fact of its own (hq_city.go).
func TestCityCountries(t *testing.T) {
	runNews(t, []newsCase{
		{"a region placing the last subject elsewhere",
			"On Monday, Polar Compute said it had raised $40 million in a Series A round. Helix Wireless, the Silicon Valley venture firm, joined the round. The Japanese start-up did not disclose its valuation.",
			[]string{"investedIn(helix-wireless,polar-compute)"}}, // not headquarteredIn(helix-wireless,JP)
		{"a city placing the last subject elsewhere",
			"On Monday, Polar Compute said it had raised $40 million in a Series A round. Helix Wireless, the Chicago venture firm, joined the round. The Japanese start-up did not disclose its valuation.",
			[]string{"investedIn(helix-wireless,polar-compute)"}}, // not headquarteredIn(helix-wireless,JP)
		{"a city states no country", "On Monday, Chicago-based Acme Telecom said it had hired 200 engineers.", nil},
	})
}
