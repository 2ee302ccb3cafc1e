package extract_test

import "testing"

// TestHQNationAfterPossessive: a nationality after a possessive ("its",
// "our", "the group's", "Y's") describes the unit the phrase names, in an
// apposition, before the name or after a copula; a nationality before the
// possessive, or a plural head, says nothing of the name.
func TestHQNationAfterPossessive(t *testing.T) {
	runNews(t, []newsCase{
		{"X, the group's <nat> subsidiary,",
			"Ion Cloud, the group's Portuguese subsidiary, doubled its data-centre capacity.",
			[]string{"headquarteredIn(ion-cloud,PT)"}},
		{"X, its <nat> arm, in a clause",
			"Kestrel Telecom hired 200 engineers, most of them for Larch Networks, its Danish arm, in Aarhus.",
			[]string{"headquarteredIn(larch-networks,DK)"}},
		{"X, our <nat> unit,",
			"Helix Wireless, our Norwegian unit, now serves two million lines.",
			[]string{"headquarteredIn(helix-wireless,NO)"}},
		{"its <nat> business X",
			"Acme Telecom said its Greek business Meridian Mobile would cut prices.",
			[]string{"headquarteredIn(meridian-mobile,GR)"}},
		{"A and its <nat> neighbour B",
			"Polar Compute and its Austrian neighbour Granite Labs will pool their fibre.",
			[]string{"headquarteredIn(granite-labs,AT)"}},
		{"X is Y's <nat> affiliate",
			"Cobalt Mobile is Borealis Networks' Irish affiliate.",
			[]string{"headquarteredIn(cobalt-mobile,IE)"}},
		{"not: the <nat> group's unit",
			"Ion Cloud, the Portuguese group's cloud unit, doubled its capacity.",
			nil},
		{"not: its <nat> customers",
			"Kestrel Telecom said its Danish customers Larch Networks and Helix Wireless had renewed.",
			nil},
	})
}
