package extract_test

import "testing"

// TestCorefThatOne: "That one" / "This one" opening a sentence is the
// group the text named last by name in the two sentences before, not the
// group in focus; the next "it" continues it. Near misses: a company named
// last, a group three sentences back, "that" as a complementiser.
func TestCorefThatOne(t *testing.T) {
	runNews(t, []newsCase{
		{"that one was founded by", "The Radio Forum writes test plans. Do not mix it up with the Open Edge Alliance. That one was founded in 2019 by Acme Telecom, Borealis Networks and Cobalt Mobile.",
			[]string{"founded(open-edge-alliance) date=2019", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"this one was set up by", "Helix Wireless also sits in the Open Edge Alliance. This one was set up by Ion Cloud and Granite Labs in 2021.",
			[]string{"founded(open-edge-alliance) date=2021", "foundingMember(granite-labs,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "memberOf(helix-wireless,open-edge-alliance)"}},
		{"answer label, then it", "Q: Helix Wireless is also in the Open Edge Alliance. Is that a conflict?\nA: That one is different. It was formed by Ion Cloud and Larch Networks in 2020, and it writes no radio code.",
			[]string{"founded(open-edge-alliance) date=2020", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)", "memberOf(helix-wireless,open-edge-alliance)"}},
		{"near miss: a company named last", "The Open Edge Alliance tests radios with Helix Wireless. That one was founded by Ion Cloud and Granite Labs.",
			[]string{"partnerOf(helix-wireless,open-edge-alliance)"}},
		{"near miss: the group three sentences back", "The Open Edge Alliance tests radios. Helix Wireless builds masts. Kestrel Telecom sells phones. That one was founded by Ion Cloud and Granite Labs.", nil},
	})
}
