package extract_test

import "testing"

// TestFoundRelativeWith: a relative clause that launched a group "with"
// others makes its subject and the others founders, also when a plural
// noun introduces them ("with start-ups including A and B"); launching
// alone founds nothing.
func TestFoundRelativeWith(t *testing.T) {
	runNews(t, []newsCase{
		{"launched with named parties",
			"Acme Telecom presented the Radio Forum, which it launched in February with Polar Compute and Helix Wireless.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
		{"parties introduced by a plural noun",
			"Acme Telecom has also assembled a group, the Radio Forum, which it launched with start-ups including Polar Compute and Helix Wireless.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)", "foundingMember(polar-compute,radio-forum)"}},
		{"launched alone",
			"The Radio Forum, which Acme Telecom launched in February, met in Oslo.",
			nil},
	})
}
