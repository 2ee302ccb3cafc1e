package extract_test

import "testing"

// TestMemberColon: a counted plural subject of "are part of the
// consortium" names its members after a colon, over a relative clause on
// one item; "the consortium" is the group under discussion; near misses:
// no colon, a person in the list, no group noun.
func TestMemberColon(t *testing.T) {
	const intro = "The Radio Forum wrote its first test plan in 2020. Operators joined it and vendors followed. It now tests radios. "
	runNews(t, []newsCase{
		{"part of the consortium too: A, which ..., B and C", intro + "Three research labs are part of the consortium too: Ion Cloud, which will run the test bench, Larch Networks and Polar Compute.",
			relFacts("memberOf", "radio-forum", "ion-cloud", "larch-networks", "polar-compute")},
		{"near miss: no colon", intro + "Three research labs are part of the consortium too.", nil},
		{"near miss: a person in the list", intro + "Two experts are part of the consortium: Jane Park and Ion Cloud.", nil},
		{"near miss: part of the plan", intro + "Three labs are part of the plan: Ion Cloud, Larch Networks and Polar Compute.", nil},
	})
}
