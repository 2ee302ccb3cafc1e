package extract_test

import "testing"

// TestMembersCountedIncluding covers an alliance that "has" or "counts" an
// approximate number of members "including" some it names, with the
// alliance named before or referred back to, and the near misses.
func TestMembersCountedIncluding(t *testing.T) {
	runNews(t, []newsCase{
		{"has more than N members, including", "The Radio Forum met in Oslo. The forum now has more than 60 members, including Acme Telecom and Ion Cloud.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(ion-cloud,radio-forum)"}},
		{"it has over N members, including", "Engineers built the Open Edge Alliance to share test labs. Today it has over 90 members, including Larch Networks.",
			[]string{"memberOf(larch-networks,open-edge-alliance)"}},
		{"counts more than N members, including kinds such as", "The Radio Forum counts more than 200 members, including vendors such as Granite Labs and Polar Compute.",
			[]string{"memberOf(granite-labs,radio-forum)", "memberOf(polar-compute,radio-forum)"}},

		// near misses
		{"a company's staff is no alliance", "Acme Telecom has more than 900 members of staff, including engineers from Ion Cloud.", nil},
		{"a count of customers", "The Radio Forum said Acme Telecom has more than 50 customers, including Ion Cloud.", nil},
	})
}
