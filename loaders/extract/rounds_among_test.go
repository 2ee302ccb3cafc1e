package extract_test

import "testing"

// TestRoundWithAmong covers a round's investors in an absolute "with"
// phrase (rounds_among.go), with sentences written for the test, and the
// near misses that state none.
func TestRoundWithAmong(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"with B and C among the participants", "Granite Labs has closed a $40 million Series B. The round was led by Acme Telecom, with Ion Cloud and Kestrel Telecom among the participants.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"with B among the other investors", "Polar Compute raised $12 million in a seed round led by Helix Wireless, with Larch Networks among the other investors.",
			[]string{inv("helix-wireless", "polar-compute") + " amount=$12 million", inv("larch-networks", "polar-compute")}},

		// near misses
		{"with B among its customers", "Granite Labs has closed a $40 million Series B. The round was led by Acme Telecom, with Ion Cloud among its customers.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"with B among potential investors", "Granite Labs has closed a $40 million Series B. The round was led by Acme Telecom, with Ion Cloud among the potential investors.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"no round open", "Acme Telecom expanded in Norway, with Ion Cloud among the participants of the trial.", nil},
	})
}
