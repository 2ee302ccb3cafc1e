package extract_test

import "testing"

// TestJoinsInGroup covers "A joins B and C in X" (the companies joined are
// members too) with X named or a working group of the group under
// discussion, and the near misses.
func TestJoinsInGroup(t *testing.T) {
	mo := func(a string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "memberOf("+id+","+a+")")
		}
		return out
	}
	runNews(t, []newsCase{
		{"A joins B and C in X", "Helix Wireless joins Acme Telecom and Ion Cloud in the Radio Forum.", mo("radio-forum", "acme-telecom", "helix-wireless", "ion-cloud")},
		{"in the group's working group", "The Open Edge Alliance met in Lisbon. Larch Networks joins Granite Labs in the group's security working group.",
			mo("open-edge-alliance", "granite-labs", "larch-networks")},

		// near misses
		{"joins a company in a market", "Helix Wireless joins Acme Telecom in the race for spectrum.", nil},
		{"will not join them", "The Radio Forum met in Oslo. Ion Cloud does not join Acme Telecom in the forum's new working group.", nil},
		{"a person joins a company", "Jane Park joins Acme Telecom in the Radio Forum's working group.", nil},
	})
}
