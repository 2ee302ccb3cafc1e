package extract_test

import "testing"

// TestBeInAlliance covers a company said to be "in" an alliance, and the
// near misses where "in" names talks, a place or a denial.
func TestBeInAlliance(t *testing.T) {
	runNews(t, []newsCase{
		{"A is also in X", "Cobalt Mobile is also in the Radio Forum.", []string{"memberOf(cobalt-mobile,radio-forum)"}},
		{"A and B are in X", "Acme Telecom and Ion Cloud are in the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},

		// near misses
		{"in talks with X", "The Radio Forum met in May. Acme Telecom is in talks with the Radio Forum.", nil},
		{"not in X", "Larch Networks is not in the Radio Forum.", nil},
		{"in a place while X is under discussion", "The Radio Forum met in May. Helix Wireless is in Oslo.", nil},
	})
}
