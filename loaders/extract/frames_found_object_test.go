package extract_test

import "testing"

// TestFoundsOther covers a group that founds something other than itself
// (frames_found_object.go): the parties after "with" are partners of the
// thing, not founders of the group. Sentences written for the test.
func TestFoundsOther(t *testing.T) {
	runNews(t, []newsCase{
		// the group founds a thing: no founding member
		{"the group's description formed a partnership with one", "The Radio Forum met in Oslo. The forum has also formed a partnership with Acme Telecom, whose engineers will run the tests.", nil},
		{"it launched a working group with a pair", "The Open Edge Alliance met in Berlin. It launched a working group with Cobalt Mobile and Helix Wireless.", nil},
		{"the named group started a pilot with a pair", "The Edge AI Partnership started a pilot with Ion Cloud and Larch Networks.", nil},
		{"a group in a relative clause, then a test lab", "The Radio Forum, which Acme Telecom formed with Cobalt Mobile, has set up a test lab with Granite Labs.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},

		// still founding
		{"launched a year ago with", "The Open Edge Alliance met in Berlin. It launched a few years ago with Acme Telecom, Borealis Networks and Kestrel Telecom among its founding members.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(kestrel-telecom,open-edge-alliance)"}},
		{"the group named after the indefinite object", "Acme Telecom and Cobalt Mobile formed a new alliance, the Radio Forum, with Helix Wireless.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
	})
}
