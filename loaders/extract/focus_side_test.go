package extract_test

import "testing"

// TestFocusSide covers side mentions (focus_side.go): a group named only
// as a point of comparison or as what the group under discussion builds
// on does not take the focus from it, with sentences written for the test.
func TestFocusSide(t *testing.T) {
	runNews(t, []newsCase{
		{"builds on: the implied group stays the first",
			"Two groups to watch\n\n1. Radio Forum\nAcme Telecom set up the forum in 2021 to test radios.\n\n2. Open Edge Alliance\nLaunched in 2023 with Cobalt Mobile and Kestrel Telecom, the alliance writes APIs for developers. It builds on the Edge AI Partnership, the open-source project. Since then Helix Wireless and Ion Cloud have signed up.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)",
				"founded(open-edge-alliance) date=2023", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(kestrel-telecom,open-edge-alliance)",
				"memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},
		{"an answer to: the group and a later joiner stay the first",
			"The Open Edge Alliance has its summit this week. Its founding members include Acme Telecom and Borealis Networks. Think of it as the American answer to Europe's Radio Forum, which Cobalt Mobile also belongs to.\n\nThis year AI was everywhere. The group has set up a working party on agents. Helix Wireless, which joined in 2021, showed a demo.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)",
				"memberOf(helix-wireless,open-edge-alliance) since=2021",
				"memberOf(cobalt-mobile,radio-forum)"}}, // the stranded "belongs to" (member_stranded.go)

		// near misses: a group named as the sentence's own party moves the focus
		{"a group the article moves on to",
			"The Open Edge Alliance was set up by Acme Telecom and Borealis Networks in 2022. The Radio Forum, the test body, met in Paris on Monday. Since then Helix Wireless and Ion Cloud have signed up.",
			[]string{"founded(open-edge-alliance) date=2022", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)",
				"memberOf(helix-wireless,radio-forum)", "memberOf(ion-cloud,radio-forum)"}},
	})
}
