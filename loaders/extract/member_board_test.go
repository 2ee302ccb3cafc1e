package extract_test

import "testing"

// TestBoardSeatMakesMember covers a seat on an alliance's board told as
// taking a seat ("have taken seats on the board of directors of X", "took
// a seat on X's board") or as the alliance naming a company to its board,
// and the near misses.
func TestBoardSeatMakesMember(t *testing.T) {
	runNews(t, []newsCase{
		{"have taken seats on the board of directors of X", "Granite Labs and Polar Compute have taken seats on the board of directors of the Radio Forum.",
			[]string{"memberOf(granite-labs,radio-forum)", "memberOf(polar-compute,radio-forum)"}},
		{"took a seat on X's board", "Kestrel Telecom quietly took a seat on the Open Edge Alliance's board last year.",
			[]string{"memberOf(kestrel-telecom,open-edge-alliance) since=2024"}},
		{"X named A to its board", "The Radio Forum named Larch Networks to its board.", []string{"memberOf(larch-networks,radio-forum)"}},

		// near misses
		{"a seat on a company's board", "Ion Cloud took a seat on the board of Acme Telecom.", nil},
		{"no seat taken", "Cobalt Mobile did not take a seat on the Radio Forum's board.", nil},
		{"a company names to its own board", "The Radio Forum met in June. Acme Telecom named Helix Wireless to its board.", nil},
	})
}
