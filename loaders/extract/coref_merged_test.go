package extract_test

import "testing"

// TestMergedRef: "the combined company" and "the merged business" are what
// a merger in the same or the previous sentence produced: the name a
// creating verb introduces, else the party that takes the other over
// (coref_merged.go); a merger that names no survivor decides nothing.
func TestMergedRef(t *testing.T) {
	runNews(t, []newsCase{
		{"merged with, same sentence",
			"After Granite Labs merged with Ion Cloud, Acme Telecom became a strategic investor in the combined company.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"a created name, the sentence before",
			"Helix Wireless and Polar Compute closed their deal on Friday, creating Larch Networks. The combined business is headquartered in Oslo, Norway.",
			[]string{"headquarteredIn(larch-networks,NO)"}},
		{"a takeover told by a possessive",
			"Kestrel Telecom's takeover of Meridian Mobile closed in May. The merged company is headquartered in Bergen, Norway.",
			[]string{"headquarteredIn(kestrel-telecom,NO)"}},
		{"closed its acquisition",
			"Borealis Networks closed its acquisition of Cobalt Mobile on Monday. The combined operator is based in Oslo, Norway.",
			[]string{"headquarteredIn(borealis-networks,NO)"}},
		{"bought",
			"Granite Labs bought Ion Cloud last year. The combined company is headquartered in Tromso, Norway.",
			[]string{"headquarteredIn(granite-labs,NO)"}},

		// no survivor named: the description stays unresolved
		{"a merger of two names",
			"The merger of Granite Labs and Ion Cloud closed in May. The combined company is headquartered in Oslo, Norway.",
			nil},
	})
}
