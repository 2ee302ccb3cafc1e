package extract_test

import "testing"

// TestFocusRound covers a round that names no company, opened for the
// investee in focus (rounds_focus.go), and the near misses.
func TestFocusRound(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	helix := "Helix Wireless invested $20 million in Polar Compute last year. "
	helixFact := inv("helix-wireless", "polar-compute") + " date=2024 amount=$20 million"
	runNews(t, []newsCase{
		{"a lead and participants of a round with no company",
			helix + "In March Acme Telecom led a $40 million Series B; Ion Cloud and Kestrel Telecom participated.",
			[]string{helixFact, inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},
		{"the round that a lead led, and a follower after it",
			helix + "Ion Cloud took part in the Series B that Acme Telecom led in January. Kestrel Telecom came in this spring.",
			[]string{helixFact, inv("ion-cloud", "polar-compute"), inv("acme-telecom", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},

		{"a passive lead", helix + "The Series B was led by Acme Telecom.",
			[]string{helixFact, inv("acme-telecom", "polar-compute")}},
		{"an anchored seed round and a joiner after it", helix + "Acme Telecom anchored the seed round. Ion Cloud joined the round as well.",
			[]string{helixFact, inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},

		// near misses
		{"the round raised by a company a relative clause names", helix + "Acme Telecom led the round that Larch Networks raised in May.",
			[]string{helixFact}},
		{"no focus", "In March Acme Telecom led a $40 million Series B; Ion Cloud and Kestrel Telecom participated.", nil},
		{"the focus is one of the round's investors",
			helix + "Polar Compute led a Series A; Ion Cloud participated.",
			[]string{helixFact}},
		{"the round names its company",
			helix + "Acme Telecom led a Series B in Larch Networks. Ion Cloud participated.",
			// not Polar Compute: the round in Larch Networks is the one Ion
			// Cloud joins (rounds_return.go opens it)
			[]string{helixFact, inv("acme-telecom", "larch-networks"), inv("ion-cloud", "larch-networks")}},
		{"a round led by nobody named: a participant only", helix + "Ion Cloud took part in the Series B that was announced in January.",
			[]string{helixFact, inv("ion-cloud", "polar-compute")}},
	})
}

// TestCountedLeads covers a round's leads counted and listed after a
// colon with semicolons between the items (rounds_focus.go), and the near
// miss where the count does not match.
func TestCountedLeads(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	raise := "Polar Compute raised $40 million in a Series B round. "
	runNews(t, []newsCase{
		{"three leads, one described by its funder",
			raise + "The round was co-led by three new backers: Acme Telecom, an operator funded by Helix Wireless; Ion Cloud; and Kestrel Telecom, the Oslo carrier.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},

		// near miss
		{"two counted, three listed",
			raise + "The round was co-led by two new backers: Acme Telecom, an operator funded by Helix Wireless; Ion Cloud; and Kestrel Telecom, the Oslo carrier.",
			[]string{inv("acme-telecom", "polar-compute")}},
	})
}
