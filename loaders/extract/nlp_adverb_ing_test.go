package extract_test

import "testing"

// TestAdverbIngVerb: "-ing" after a name and an adverb is the name's verb
// ("with B also taking part"), so the round's participants are read.
func TestAdverbIngVerb(t *testing.T) {
	runNews(t, []newsCase{
		{"with B and C also taking part",
			"Ion Cloud raised $9 million in a round led by Polar Compute, with Larch Networks and Helix Wireless also taking part.",
			[]string{"investedIn(helix-wireless,ion-cloud)", "investedIn(larch-networks,ion-cloud)", "investedIn(polar-compute,ion-cloud) amount=$9 million"}},
	})
}
