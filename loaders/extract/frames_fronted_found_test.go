package extract_test

import "testing"

// TestFrontedFoundingByAgents: a fronted founding participle with its
// agents ("Founded in 2019 by A and B, X ...") names the founders; the
// list of the main clause after it is of members, not of founders
// (round 17, probed on real news).
func TestFrontedFoundingByAgents(t *testing.T) {
	runNews(t, []newsCase{
		{"main clause lists members",
			"Set up in 2019 by Acme Telecom and Borealis Networks, the Radio Forum is made up of regional carriers, including Helix Wireless and Larch Networks.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)",
				"memberOf(helix-wireless,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"one founder, members after",
			"Formed in 2020 by Cobalt Mobile, the Open Edge Alliance now includes Meridian Mobile and Ion Cloud.",
			[]string{"founded(open-edge-alliance) date=2020", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"memberOf(meridian-mobile,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},
		{"founding members named in the main clause stay founders",
			"Launched in 2021, the Radio Forum counts Granite Labs and Polar Compute as founding members.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(granite-labs,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
	})
}

// TestExceptionAside: an exception set off by commas ("other than H",
// "apart from H", "except H") takes H out of the list and leaves the
// roster's frame standing (round 17, probed on real news).
func TestExceptionAside(t *testing.T) {
	runNews(t, []newsCase{
		{"other than the host",
			"The founding members of the Radio Forum, other than its host Granite Labs, include Acme Telecom, Helix Wireless and Ion Cloud.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"apart from",
			"The Open Edge Alliance's members, apart from Polar Compute, include Cobalt Mobile and Larch Networks.",
			[]string{"memberOf(cobalt-mobile,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)"}},
		{"near miss: no members other than",
			"The Radio Forum has no members other than Granite Labs.",
			nil},
	})
}
