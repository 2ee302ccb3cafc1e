package extract_test

import "testing"

// TestRelativeControlArgs covers the arguments of a relative clause of
// control or ownership (invest_relative_args.go): a description in
// apposition to a name stands for the name, and an object "it" bound by
// the clause's own subject is the sentence's opening entity; with
// sentences written for the test, and the near misses that state none.
func TestRelativeControlArgs(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"the conglomerate that controls Y", "Saturn Telecom is busy. Chey Tae-won, who chairs Larch Networks, the conglomerate that controls Kestrel Telecom, spoke on Monday.",
			[]string{"chairmanOf(chey-tae-won,larch-networks)", inv("larch-networks", "kestrel-telecom") + " date=2025-06-09"}},
		{"the fund, which owns it outright", "Granite Labs is a new AI company. It was launched in May by Larch Networks, the kingdom's sovereign wealth fund, which owns it outright.",
			[]string{"founded(granite-labs)", inv("larch-networks", "granite-labs")}},

		// near misses
		{"the conglomerate that sells to Y", "Saturn Telecom is busy. Chey Tae-won, who chairs Larch Networks, the conglomerate that supplies Kestrel Telecom, spoke on Monday.",
			[]string{"chairmanOf(chey-tae-won,larch-networks)"}},
		{"which runs it", "Granite Labs is a new AI company. It was launched in May by Larch Networks, the kingdom's sovereign wealth fund, which runs it.",
			[]string{"founded(granite-labs)"}},
		{"which owns it outright, no other entity", "Larch Networks, the kingdom's sovereign wealth fund, which owns it outright, said so.",
			nil},
	})
}
