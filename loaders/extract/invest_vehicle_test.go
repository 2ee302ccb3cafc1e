package extract_test

import "testing"

// TestVehicleOf covers a company described as another's vehicle or
// portfolio company (invest_vehicle.go), with sentences written for the
// test, and the near misses that state none.
func TestVehicleOf(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"Y, a vehicle of X", "Cobalt Mobile sold 900 towers to Polar Compute, a vehicle of Larch Networks, in 2022.",
			[]string{inv("larch-networks", "polar-compute") + " date=2022"}},
		{"Y is an investment vehicle of X", "Polar Compute is an investment vehicle of Larch Networks.", []string{inv("larch-networks", "polar-compute")}},
		{"Y, a portfolio company of X", "Granite Labs, a portfolio company of Helix Wireless, sells chips.", []string{inv("helix-wireless", "granite-labs")}},

		// near misses
		{"a unit of X", "Cobalt Mobile sold 900 towers to Polar Compute, a unit of Larch Networks.", nil},
		{"an electric vehicle", "Polar Compute, an electric vehicle of Larch Networks, sold well.", nil},
		{"not a vehicle", "Polar Compute is not a vehicle of Larch Networks.", nil},
		{"a customer of X", "Granite Labs, a customer of Helix Wireless, sells chips.", nil},
		{"a vehicle of a country", "Polar Compute, a vehicle of Norway, sells chips.", nil},
	})
}
