package extract_test

import "testing"

// TestHQPossessiveApposition: a possessive description with a nationality
// in apposition ("X, its Brazilian operator", "Y's Brazilian unit, X")
// gives the named company's country.
func TestHQPossessiveApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"X, its N operator",
			"Acme Telecom sells phones. Borealis Networks, its Brazilian operator, is the crown jewel.",
			[]string{"headquarteredIn(borealis-networks,BR)"}},
		{"Y's N unit, X",
			"Acme Telecom's Brazilian unit, Borealis Networks, is the crown jewel.",
			[]string{"headquarteredIn(borealis-networks,BR)"}},
		{"the owner's country is not the unit's",
			"Borealis Networks, the Brazilian operator's data unit, is the crown jewel.",
			nil},
	})
}
