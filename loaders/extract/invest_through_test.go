package extract_test

import "testing"

// TestThroughVehicle covers investments made through a vehicle
// (invest_through.go), and the near misses that state none.
func TestThroughVehicle(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"invested in Y through its arm", "Acme Telecom invested $10 million in Granite Labs through its venture arm Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$10 million", inv("ion-cloud", "granite-labs")}},
		{"the investment is made through", "Acme Telecom announced a strategic investment in Granite Labs. The investment is being made through Ion Cloud, the group's venture arm.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses
		{"through a time", "Acme Telecom invested $10 million in Granite Labs through 2024.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2024 amount=$10 million"}},
		{"a sale made through a bank", "Acme Telecom sold towers to Polar Compute. The sale was made through Ion Cloud.", nil},
		{"no investment in focus", "The investment is being made through Ion Cloud.", nil},
	})
}
