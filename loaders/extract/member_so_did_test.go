package extract_test

import "testing"

// TestMemberSoDid covers a membership extended by ellipsis ("and so did
// B", member_so_did.go), with sentences written for the test, and the
// near misses that extend nothing.
func TestMemberSoDid(t *testing.T) {
	base := "The Open Edge Alliance was set up by Acme Telecom and Borealis Networks in 2022. "
	runNews(t, []newsCase{
		{"and so did B", base + "Helix Wireless came in a few months later, and so did Ion Cloud.",
			oeaFounders("memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)")},
		{"and so did B and C", base + "Helix Wireless came in a few months later, and so did Ion Cloud and Kestrel Telecom.",
			oeaFounders("memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)", "memberOf(kestrel-telecom,open-edge-alliance)")},

		// near misses
		{"a clause after the marker", base + "Helix Wireless came in a few months later, and so did profits at Ion Cloud.",
			oeaFounders("memberOf(helix-wireless,open-edge-alliance)")},
	})
}
