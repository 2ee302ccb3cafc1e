package extract_test

import "testing"

// TestMemberApposBare covers a membership in an apposition that leaves the
// group implicit (member_appos_bare.go), with sentences written for the
// test, and the near misses that must not fire.
func TestMemberApposBare(t *testing.T) {
	base := "The Open Edge Alliance met in Berlin on Monday. Acme Telecom and Borealis Networks set it up in 2022.\n\n"
	founders := []string{"founded(open-edge-alliance) date=2022", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"a member since", base + "Helix Wireless, a member since 2023, showed a demo of an AI scheduler.",
			append([]string{"memberOf(helix-wireless,open-edge-alliance) since=2023"}, founders...)},
		{"one of the founders", base + "Prices fell. Cobalt Mobile, one of the founders, hosted the dinner.",
			append([]string{"foundingMember(cobalt-mobile,open-edge-alliance)"}, founders...)},

		// near misses
		{"no group in focus", "Helix Wireless, a member since 2023, showed a demo of an AI scheduler.", nil},
		{"a board member", base + "Jane Park, a board member since 2023, showed a demo.", founders},
		{"two groups before: no focus", "The Open Edge Alliance and the Radio Forum met in Berlin.\n\nHelix Wireless, a member since 2023, showed a demo.", nil},
	})
}
