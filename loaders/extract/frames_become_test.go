package extract_test

import "testing"

// TestFramesBecomeMember covers "became members" with the group left
// implicit (frames_group.go joinsObject) and "its ranks include", with
// sentences written for the test, and the near misses that state no
// membership.
func TestFramesBecomeMember(t *testing.T) {
	base := "The Open Edge Alliance held its first summit in Berlin on Monday. Acme Telecom and Borealis Networks set it up in 2022. "
	founders := oeaFounders()
	runNews(t, []newsCase{
		{"became members, group implicit", base + "Helix Wireless and Ion Cloud became members the following year.",
			append([]string{"memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}, founders...)},
		{"became a member, group implicit", base + "Kestrel Telecom became a member in March.",
			append([]string{"memberOf(kestrel-telecom,open-edge-alliance)"}, founders...)},
		{"became a full member, group implicit", base + "Kestrel Telecom became a full member a year later.",
			append([]string{"memberOf(kestrel-telecom,open-edge-alliance)"}, founders...)},
		{"became full members, a pair", base + "Helix Wireless and Ion Cloud became full members in 2024.",
			append([]string{"memberOf(helix-wireless,open-edge-alliance) since=2024", "memberOf(ion-cloud,open-edge-alliance) since=2024"}, founders...)},
		// "its ranks" as a member noun with a pronoun owner (frames.go's cueMember)
		{"its ranks include a pair", base + "Its ranks include Helix Wireless and Ion Cloud.",
			oeaFounders("memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)")},
		{"its ranks now include a list", base + "Its ranks now include Cobalt Mobile, Granite Labs and Larch Networks.",
			oeaFounders("memberOf(cobalt-mobile,open-edge-alliance)", "memberOf(granite-labs,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)")},

		// near misses
		{"a person rose through its ranks", "Acme Telecom hired Jane Park in 2001. She rose through its ranks.", nil},
		{"did not become a member", base + "Kestrel Telecom did not become a member.", founders},
		{"did not become a full member", base + "Kestrel Telecom has not become a full member.", founders},
	})
}

// oeaFounders are the facts of a lead sentence founding the Open Edge
// Alliance in 2022 with Acme Telecom and Borealis Networks, plus extra.
func oeaFounders(extra ...string) []string {
	return append(extra, "founded(open-edge-alliance) date=2022", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)")
}
