package extract_test

import "testing"

// TestRoundOddItem covers a round's participant list ending in an item
// that is no name for the mention layer (rounds_odd.go), with sentences
// written for the test, and the near misses that state none.
func TestRoundOddItem(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Granite Labs raised $40 million in a Series B round. "
	openFact := inv("kestrel-telecom", "granite-labs")
	runNews(t, []newsCase{
		{"A, B and 1789 Capital took part", open + "The round was led by Kestrel Telecom, and Acme Telecom, Ion Cloud and 1789 Capital took part.",
			[]string{openFact, inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"in which A, B and 1789 Capital participated", open + "Kestrel Telecom led the round, in which Acme Telecom, Ion Cloud and 1789 Capital participated.",
			[]string{openFact, inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses
		{"no round open", "Acme Telecom, Ion Cloud and 1789 Capital took part in the trial.", nil},
		{"a country before the odd item", open + "The round was led by Kestrel Telecom, and Norway and 1789 Capital participated.", []string{openFact}},
	})
}
