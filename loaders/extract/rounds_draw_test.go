package extract_test

import "testing"

// TestRoundDraw covers investors read from clauses whose subject is the
// round itself (rounds_draw.go): a verb of attracting, a passive backing
// verb, a fronted "Led by", and the near misses.
func TestRoundDraw(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	raise := "Polar Compute said on Monday it had raised $40 million in a Series B round. "
	runNews(t, []newsCase{
		{"a fronted lead and the round drawing others",
			raise + "Led by Acme Telecom and Ion Cloud, the round also drew Kestrel Telecom and Helix Wireless.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute"),
				inv("kestrel-telecom", "polar-compute"), inv("helix-wireless", "polar-compute")}},
		{"a relative clause of the round", "Polar Compute has raised $40 million. Acme Telecom led the round, which also attracted Ion Cloud.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},
		{"a passive backing verb", raise + "The round was backed by Kestrel Telecom.",
			[]string{inv("kestrel-telecom", "polar-compute")}},
		{"the round included", raise + "The financing round included Helix Wireless.",
			[]string{inv("helix-wireless", "polar-compute")}},

		// near misses
		{"a conference, not the round, drew them", raise + "The Oslo conference also drew Kestrel Telecom and Helix Wireless.", nil},
		{"a fronted lead of something else", raise + "Led by Acme Telecom, the consortium also drew Kestrel Telecom.", nil},
		{"a round that may draw", raise + "The round could draw Kestrel Telecom later this year.", nil},
		{"a round that did not draw", raise + "The round did not draw Kestrel Telecom.", nil},
		{"no round open", "Led by Acme Telecom, the round also drew Kestrel Telecom.", nil},
	})
}
