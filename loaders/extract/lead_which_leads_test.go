package extract_test

import "testing"

// TestLedByRelative: "X, which leads the alliance," states ledBy
// (lead_which_leads.go); a part of the alliance is not the alliance.
func TestLedByRelative(t *testing.T) {
	runNews(t, []newsCase{
		{"which leads the alliance",
			"The Open Edge Alliance met in Lisbon on Monday. Helix Wireless, which leads the alliance, wants a shared model by March.",
			[]string{"ledBy(open-edge-alliance,helix-wireless)"}},
		{"which leads a part of the alliance",
			"The Open Edge Alliance met in Lisbon on Monday. Helix Wireless, which leads the alliance's radio group, wants a shared model by March.",
			nil},
	})
}
