package extract_test

import (
	"testing"
)

// TestLayoutLists covers rosters laid out as lists the ways news pages lay
// them out: blank lines around the items, other bullets and numbers, items
// that carry a description after the name, a lead-in without a colon, and a
// list that a prose paragraph ends.
func TestLayoutLists(t *testing.T) {
	fm := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",open-edge-alliance)")
		}
		return out
	}
	const lead = "The Open Edge Alliance tests AI in radio networks. "
	runNews(t, []newsCase{
		{"blank line before the items", lead + "The founding members are:\n\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"blank lines between the items", lead + "The founding members are:\n\n- Acme Telecom\n\n- Borealis Networks\n\n- Cobalt Mobile\n",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"star bullets", lead + "The founding members are:\n* Acme Telecom\n* Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"round bullets", lead + "The founding members are:\n• Acme Telecom\n• Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"middle dots", lead + "The founding members are:\n· Acme Telecom\n· Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"en dashes", lead + "The founding members are:\n– Acme Telecom\n– Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"numbers with a bracket", lead + "The founding members are:\n1) Acme Telecom\n2) Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"numbers in brackets", lead + "The founding members are:\n(1) Acme Telecom\n(2) Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"letters", lead + "The founding members are:\na) Acme Telecom\nb) Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"items with descriptions", lead + "The founding members are:\n\n- Acme Telecom, the incumbent operator\n• Borealis Networks (Japan)\n* Cobalt Mobile: leads the RAN work group\n- Helix Wireless — chair",
			append(fm("acme-telecom", "borealis-networks", "cobalt-mobile", "helix-wireless"), "headquarteredIn(borealis-networks,JP)")},
		{"numbered items with descriptions", lead + "The founding members are:\n\n1. Acme Telecom — chair\n2. Borealis Networks, a radio vendor\n3. Cobalt Mobile (Norway)",
			append(fm("acme-telecom", "borealis-networks", "cobalt-mobile"), "headquarteredIn(cobalt-mobile,NO)")},
		{"a lead-in without a colon", lead + "Founding members include\n\n- Acme Telecom\n- Borealis Networks",
			fm("acme-telecom", "borealis-networks")},
		{"a list ended by prose", lead + "The founding members are:\n\n- Acme Telecom\n- Borealis Networks\n\nGranite Labs said it would not take part.",
			fm("acme-telecom", "borealis-networks")},
		{"a list ended by a prose paragraph naming a company", lead + "The founding members are:\n- Acme Telecom\n- Borealis Networks\n\nMeanwhile Granite Labs reported higher revenue.",
			fm("acme-telecom", "borealis-networks")},
		{"items that are a title of an organisation", "On stage for the launch were:\n\n- Jane Park, Chairman of Acme Telecom\n\n- Omar Haddad, CEO of Borealis Networks\n",
			[]string{"ceoOf(omar-haddad,borealis-networks)", "chairmanOf(jane-park,acme-telecom)"}},
		// the markers read as the commas and "and" of a list in prose, so
		// every family that reads a list reads a laid-out one
		{"a founding clause ending in a list", "Helix Wireless set up the Open Edge Alliance together with:\n1. Acme Telecom\n2. Borealis Networks\n3. Cobalt Mobile",
			append(fm("helix-wireless", "acme-telecom", "borealis-networks", "cobalt-mobile"), "founded(open-edge-alliance)")},
		{"a passive founding clause ending in dashes", "The Open Edge Alliance was set up by Helix Wireless together with:\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile",
			append(fm("helix-wireless", "acme-telecom", "borealis-networks", "cobalt-mobile"), "founded(open-edge-alliance)")},
		{"a membership list", "Three operators joined the Open Edge Alliance this week:\n\n• Acme Telecom\n• Borealis Networks\n• Cobalt Mobile",
			[]string{"memberOf(acme-telecom,open-edge-alliance) since=2025-06", "memberOf(borealis-networks,open-edge-alliance) since=2025-06", "memberOf(cobalt-mobile,open-edge-alliance) since=2025-06"}},
		// a listicle: the roster's numbering ends where the article's next
		// numbered point (a question) begins
		{"a numbered roster before the listicle's next point", lead + "The founding members are:\n1. Acme Telecom\n2. Borealis Networks\n3. Cobalt Mobile\n\n3. Where will it sit?\nThe alliance will be based in Oslo.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"a roster numbered past the next point", lead + "The founding members are:\n1. Acme Telecom\n2. Borealis Networks\n\n4. Who runs it?\nHelix Wireless does.",
			fm("acme-telecom", "borealis-networks")},
		// near misses: a bulleted list after a lead-in that is no roster
		{"a list of topics", lead + "The work groups are:\n\n- Spectrum\n- Energy use",
			nil},
	})
}
