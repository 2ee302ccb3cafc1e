package extract_test

import "testing"

// TestListVerbSplit: the last name of an "A and B" run in an object
// phrase that a verb of its own follows is that verb's subject, not one
// more holding or investee; a run with no such verb stays a list.
func TestListVerbSplit(t *testing.T) {
	runNews(t, []newsCase{
		{"singular verb after the last name",
			"Kestrel Telecom owns 35% of Granite Labs and Meridian Mobile holds the remaining 65%.",
			[]string{"investedIn(kestrel-telecom,granite-labs)", "investedIn(meridian-mobile,granite-labs)"}},
		{"reporting verb after the last name",
			"Analysts said Polar Compute invested in Ion Cloud and Larch Networks said it might follow.",
			[]string{"investedIn(polar-compute,ion-cloud)"}},
		{"a plain list of investees",
			"Polar Compute invested in Ion Cloud and Larch Networks in March.",
			[]string{"investedIn(polar-compute,ion-cloud)", "investedIn(polar-compute,larch-networks)"}},
	})
}
