package extract_test

import "testing"

// TestCorefFoundedBySelf covers "it" as the subject of a passive founding
// whose agents include the company the pronoun would otherwise take
// (coref_found_by.go): the group in focus is what they founded. Sentences
// written for the test.
func TestCorefFoundedBySelf(t *testing.T) {
	runNews(t, []newsCase{
		{"a list of founders with the host among them", "The Radio Forum met in Oslo. Acme Telecom hosted the forum's summit. It was set up by Acme Telecom, Cobalt Mobile and Helix Wireless in 2021.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
		{"co-founded by a pair", "The Open Edge Alliance has 40 members. Granite Labs chaired its meeting on Monday. It was co-founded by Granite Labs and Ion Cloud.",
			[]string{"founded(open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"originally formed by one", "The Edge AI Partnership has a new chair. Larch Networks spoke for the partnership in Dublin. It was originally formed by Larch Networks with Polar Compute.",
			[]string{"founded(edge-ai-partnership)", "foundingMember(larch-networks,edge-ai-partnership)", "foundingMember(polar-compute,edge-ai-partnership)"}},

		// near misses
		{"no group in focus: nothing", "Acme Telecom cut 200 jobs. It was set up by Acme Telecom and Cobalt Mobile in 1990.", nil},
		{"founders that are others: the company", "Acme Telecom cut 200 jobs. It was founded by Cobalt Mobile in 1990.",
			[]string{"founded(acme-telecom) date=1990", "foundedBy(acme-telecom,cobalt-mobile)"}},
	})
}
