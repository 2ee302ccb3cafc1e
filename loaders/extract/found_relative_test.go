package extract_test

import "testing"

// TestFoundRelative: a group founded in a relative clause that gaps it,
// and its founding (round 34)
// ("the forum that it co-founded with A and B", "X, which A set up with
// B"); near misses: a launched (not founded) group, something that is no
// group, a negated founding.
func TestFoundRelative(t *testing.T) {
	runNews(t, []newsCase{
		{"that it co-founded with", "Cobalt Mobile will test its edge servers inside the Radio Forum that it co-founded with Acme Telecom and Ion Cloud.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"which A set up with B", "Granite Labs will host the Open Edge Alliance, which Polar Compute set up with Helix Wireless, in Oslo.",
			[]string{"founded(open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		// Launching a group with others founds it, as in a main clause
		// ("A launched Y with B"); launching alone does not
		// (found_relative_with_test.go).
		{"launched with another", "Granite Labs spoke at the Radio Forum, which Acme Telecom launched with Ion Cloud at a trade show.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"near miss: no group", "Acme Telecom showed a chip that Ion Cloud created with Granite Labs.", nil},
		{"near miss: negated", "Cobalt Mobile joined the Radio Forum, which Acme Telecom did not found.", []string{"memberOf(cobalt-mobile,radio-forum)"}},
	})
}
