package extract_test

import "testing"

// TestLedByRelativeAndGroupCompound: "X, which leads the alliance," states
// ledBy (lead_which_leads.go); "the operator group led by (local rival)
// X" in apposition to an alliance is a description of the group, not "the
// operator" (coref_group_compound.go, "Y, the group led by X").
func TestLedByRelativeAndGroupCompound(t *testing.T) {
	runNews(t, []newsCase{
		{"which leads the alliance",
			"The Open Edge Alliance met in Lisbon on Monday. Helix Wireless, which leads the alliance, wants a shared model by March.",
			[]string{"ledBy(open-edge-alliance,helix-wireless)"}},
		{"which leads a part of the alliance",
			"The Open Edge Alliance met in Lisbon on Monday. Helix Wireless, which leads the alliance's radio group, wants a shared model by March.",
			nil},
		{"the operator group led by a rival",
			"Acme Telecom is not part of the Open Edge Alliance, the operator group led by its local rival Helix Wireless.",
			[]string{"ledBy(open-edge-alliance,helix-wireless)"}},
		{"the carrier alliance led by",
			"Acme Telecom has not joined the Radio Forum, the carrier alliance led by Kestrel Telecom.",
			[]string{"ledBy(radio-forum,kestrel-telecom)"}},
	})
}
