package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPageShapes covers facts told in the shapes news pages give them
// beside running prose: listicle points, short copular sentences whose
// subject is "It" or "Its", the "About X" boilerplate of a press release,
// interviews with speaker labels, and headlines.
//
// The cases in pageGaps are known misses: the test fails when one of them
// starts to read right, so that it is struck off the list.
func TestPageShapes(t *testing.T) {
	reg := newsRegister(t)
	for _, tt := range []newsCase{
		{"a listicle point with its founders",
			"Five things to know about the Open Edge Alliance\n\n1. It has three founders. Acme Telecom, Borealis Networks and Cobalt Mobile set up the alliance in May 2024.\n",
			[]string{"founded(open-edge-alliance) date=2024-05", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"its first chair is",
			"The Open Edge Alliance met in Oslo on Monday.\n\n2. Its first chair is Acme Telecom.\n",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"it is based in",
			"The Open Edge Alliance met in Oslo on Monday.\n\n3. It is based in Norway.\n",
			[]string{"headquarteredIn(open-edge-alliance,NO)"}},
		{"it is chaired by",
			"The Open Edge Alliance met in Oslo on Monday. It is chaired by Helix Wireless.",
			[]string{"ledBy(open-edge-alliance,helix-wireless)"}},
		{"an About boilerplate",
			"Acme Telecom said on Monday it would test AI in the radio network.\n\nAbout the Radio Forum\nThe Radio Forum was founded in 2021 by Acme Telecom, Borealis Networks and Cobalt Mobile and is headquartered in Germany.\n",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)",
				"foundingMember(cobalt-mobile,radio-forum)", "headquarteredIn(radio-forum,DE)"}},
		{"an About boilerplate with a pronoun",
			"Acme Telecom said on Monday it would test AI in the radio network.\n\nAbout the Radio Forum\nFounded in 2021 by Acme Telecom and Borealis Networks, it is headquartered in Germany.\n",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)",
				"headquarteredIn(radio-forum,DE)"}},
		{"an interview's speaker labels",
			"Lena Berg runs the Radio Forum for Granite Labs.\n\nTelecom Weekly: Who founded the Radio Forum?\nLena Berg: We did, with Ion Cloud and Kestrel Telecom.\n",
			[]string{"foundingMember(granite-labs,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "foundingMember(kestrel-telecom,radio-forum)"}},
		{"a headline with a roster",
			"Acme Telecom, Borealis Networks and Cobalt Mobile launch Edge AI Partnership\n\nThe three operators said the group would test AI in radio networks.\n",
			[]string{"founded(edge-ai-partnership)", "foundingMember(acme-telecom,edge-ai-partnership)", "foundingMember(borealis-networks,edge-ai-partnership)",
				"foundingMember(cobalt-mobile,edge-ai-partnership)"}},
		{"a title-case headline with a roster",
			"Acme Telecom, Borealis Networks And Cobalt Mobile Launch Edge AI Partnership\n\nThe three operators said the group would test AI in radio networks.\n",
			[]string{"founded(edge-ai-partnership)", "foundingMember(acme-telecom,edge-ai-partnership)", "foundingMember(borealis-networks,edge-ai-partnership)",
				"foundingMember(cobalt-mobile,edge-ai-partnership)"}},
		{"a caption with a roster",
			"Pictured: Acme Telecom, Borealis Networks and Cobalt Mobile, the founders of the Edge AI Partnership, in Oslo. (Photo: Edge AI Partnership)\n\nThe group will test AI in radio networks.\n",
			[]string{"foundingMember(acme-telecom,edge-ai-partnership)", "foundingMember(borealis-networks,edge-ai-partnership)",
				"foundingMember(cobalt-mobile,edge-ai-partnership)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			diff := cmp.Diff(want, got, cmpEmpty)
			switch {
			case diff != "" && !pageGaps[tt.name]:
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			case diff == "" && pageGaps[tt.name]:
				t.Errorf("%q now reads right: strike it off pageGaps", tt.name)
			}
		})
	}
}

// pageGaps are the page shapes the extractor still misses (issue 13).
var pageGaps = map[string]bool{
	"its first chair is":            true, // a copular role whose subject is a possessive pronoun
	"an interview's speaker labels": true, // "Name:" labels and "We did" answering the question
}
