package extract_test

import "testing"

// TestCountedPlurals: a counted plural ("both", "all four", "the three
// companies") that the previous sentence does not decide is the last list
// of that many organisations, a few sentences back; two lists of the size
// in one sentence, a list of another size, or one out of reach resolve
// nothing.
func TestCountedPlurals(t *testing.T) {
	runNews(t, []newsCase{
		{"both, three sentences after the pair",
			"Acme Telecom and Ion Cloud reported higher sales on Tuesday. Analysts had expected less. Shares rose in early trade. Both are founding members of the Open Edge Alliance.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"all four: a subject and the list after with",
			"Polar Compute has signed supply contracts with Acme Telecom, Cobalt Mobile and Helix Wireless. Deliveries start in May. Prices were not disclosed. All four are members of the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)", "memberOf(helix-wireless,radio-forum)", "memberOf(polar-compute,radio-forum)"}},
		{"the three companies, among the founders",
			"Granite Labs, Larch Networks and Meridian Mobile opened a shared lab in Tromso. It cost about $40 million. The three companies are also among the founding members of the Open Edge Alliance.",
			[]string{"foundingMember(granite-labs,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)", "foundingMember(meridian-mobile,open-edge-alliance)"}},
		{"near miss: two pairs in one sentence",
			"Acme Telecom and Ion Cloud beat forecasts, while Cobalt Mobile and Helix Wireless missed them. Markets were calm. Both are members of the Radio Forum.", nil},
		{"near miss: a list of another size",
			"Acme Telecom, Ion Cloud and Cobalt Mobile reported results. Markets were calm. Both are members of the Radio Forum.", nil},
		{"near miss: the sentence before names three",
			"Acme Telecom and Ion Cloud reported results. Cobalt Mobile, Helix Wireless and Granite Labs did not. Both are members of the Radio Forum.", nil},
		{"near miss: the pair is out of reach",
			"Acme Telecom and Ion Cloud reported results. Markets were calm. Bonds fell. The euro rose. Oil slipped. Gold was flat. Copper gained. Wheat fell. Rates held. Both are members of the Radio Forum.", nil},
	})
}
