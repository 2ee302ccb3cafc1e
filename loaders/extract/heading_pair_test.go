package extract_test

import "testing"

// TestHeadingPair: a listicle item's heading names the pair whose
// partnership the paragraph under it speaks of; near misses: a deal (a
// purchase, maybe), a partnership whose parties the sentence names, a
// heading with a third name, a heading that is a sentence.
func TestHeadingPair(t *testing.T) {
	runNews(t, []newsCase{
		{"this partnership under a numbered heading",
			"Four deals to know.\n\n2. Helix Wireless and Ion Cloud (May 2024)\nUnveiled in Oslo, this partnership brought a GPU cloud to the Arctic.",
			[]string{"partnerOf(helix-wireless,ion-cloud)"}},
		{"their tie-up under a plain heading",
			"Four deals to know.\n\nAcme Telecom and Granite Labs\nTheir tie-up is the oldest on the list.",
			[]string{"partnerOf(acme-telecom,granite-labs)"}},
		{"near miss: a deal", "Four deals to know.\n\n2. Helix Wireless and Ion Cloud (May 2024)\nUnveiled in Oslo, the deal closed in June.", nil},
		{"near miss: the parties named", "Four deals to know.\n\n2. Helix Wireless and Ion Cloud\nThe partnership with Larch Networks came first.", nil},
		{"near miss: a third name in the heading", "Four deals to know.\n\n2. Helix Wireless and Ion Cloud, with Polar Compute\nThis partnership is young.", nil},
		{"near miss: a sentence before", "Helix Wireless and Ion Cloud met in May.\nThis partnership is young.", nil},
	})
}
