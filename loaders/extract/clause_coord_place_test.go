package extract_test

import "testing"

// TestCoordPlaceCountry covers a coordinated verb group whose subject
// stands before a place written "City, Country" (clause_coord_place.go,
// helper z25inv), and a second clause with a subject of its own.
func TestCoordPlaceCountry(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"backed by investors including, after the country", "Polar Compute makes radio chips. The company is headquartered in Oslo, Norway, and is backed by investors including Granite Labs and Ion Cloud.",
			[]string{"headquarteredIn(polar-compute,NO)", inv("granite-labs", "polar-compute"), inv("ion-cloud", "polar-compute")}},
		{"a name as subject, backed by", "Polar Compute is based in Helsinki, Finland, and is backed by Helix Wireless.",
			[]string{"headquarteredIn(polar-compute,FI)", inv("helix-wireless", "polar-compute")}},
		{"counts among its investors", "Polar Compute is headquartered in Lyon, France, and counts Larch Networks among its investors.",
			[]string{"headquarteredIn(polar-compute,FR)", inv("larch-networks", "polar-compute")}},

		// near miss: the second clause has a subject of its own
		{"a second clause with its own subject", "Polar Compute is based in Oslo, Norway, and Granite Labs is backed by Ion Cloud.",
			[]string{"headquarteredIn(polar-compute,NO)", inv("ion-cloud", "granite-labs")}},
	})
}
