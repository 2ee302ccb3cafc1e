package extract_test

import "testing"

// TestRespectively: two lists paired by "respectively" relate item to
// item only.
func TestRespectively(t *testing.T) {
	runNews(t, []newsCase{
		{"three backers for three companies",
			"Granite Labs, Ion Cloud and Larch Networks are funded by Meridian Mobile, Polar Compute and Helix Wireless respectively.",
			[]string{"investedIn(helix-wireless,larch-networks)", "investedIn(meridian-mobile,granite-labs)", "investedIn(polar-compute,ion-cloud)"}},
	})
}
