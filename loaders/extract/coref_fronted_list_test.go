package extract_test

import "testing"

// TestCorefFrontedLowerItem covers "it" after a fronted founding phrase
// whose list of agents has an item opening in lower case (a description
// or a lower-case brand; coref_fronted.go frontedList): the pronoun is the
// group the sentence before opened with, never the last agent. Sentences
// written for the test.
func TestCorefFrontedLowerItem(t *testing.T) {
	runNews(t, []newsCase{
		{"an item described by its rival", "The Radio Forum met in Oslo. Set up by Acme Telecom, its rival Cobalt Mobile and Ion Cloud in 2021, it now has 40 members.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"together with after the first founder", "The Open Edge Alliance publishes test plans. Founded by Granite Labs, together with Larch Networks and Helix Wireless, it is based in Lima.",
			[]string{"founded(open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)"}},
		{"a described second item in a longer list", "The Edge AI Partnership has a new chair. Formed by Polar Compute, Meridian Mobile, the operator's neighbour Kestrel Telecom and Ion Cloud, it meets twice a year.",
			[]string{"founded(edge-ai-partnership)", "foundingMember(polar-compute,edge-ai-partnership)", "foundingMember(meridian-mobile,edge-ai-partnership)", "foundingMember(kestrel-telecom,edge-ai-partnership)", "foundingMember(ion-cloud,edge-ai-partnership)"}},
	})
}
