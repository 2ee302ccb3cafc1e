package extract_test

import "testing"

// TestCorefFrontedItGroup covers "it" right after a fronted founding
// participle when the sentence before opened with a group
// (coref_fronted.go): the group is what the phrase's agents founded, never
// one of those agents; and when two groups compete for "it", nothing is
// founded. Sentences written for the test.
func TestCorefFrontedItGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"set up by a pair, it", "The Radio Forum met in Oslo on Monday. Set up by Acme Telecom and Cobalt Mobile, it now counts 30 operators.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"launched in a year by a list, it", "The Open Edge Alliance held its first summit this week. Launched in 2022 by Helix Wireless, Ion Cloud and Granite Labs, it has since grown quickly.",
			[]string{"founded(open-edge-alliance) date=2022", "foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)"}},
		{"formed by a list with a year after, it", "The Edge AI Partnership published a white paper. Formed by Larch Networks, Meridian Mobile and Polar Compute in 2023, it is based in Dublin.",
			[]string{"founded(edge-ai-partnership) date=2023", "foundingMember(larch-networks,edge-ai-partnership)", "foundingMember(meridian-mobile,edge-ai-partnership)", "foundingMember(polar-compute,edge-ai-partnership)"}},
		{"created by one together with another, it", "The Radio Forum has a new chair. Created by Kestrel Telecom together with Borealis Networks, it tests open radios.",
			[]string{"founded(radio-forum)", "foundingMember(kestrel-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},

		// near misses
		{"two groups before: no founding", "The Radio Forum and the Open Edge Alliance met in Oslo. Set up by Acme Telecom and Cobalt Mobile, it now counts 30 operators.", nil},
		{"a company before: the company", "Acme Telecom cut 200 jobs on Monday. Founded in 1990, it is the oldest operator in the region.",
			[]string{"founded(acme-telecom) date=1990"}},
	})
}
