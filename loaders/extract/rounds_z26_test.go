package extract_test

import "testing"

// TestRoundFollowersZ26 covers a round's backers told with a pronoun or a
// round noun for what they joined (rounds_bare.go, rounds_joining.go), a
// later lettered round that opens a round of its own (rounds_late_series.go),
// and the near misses that state none. Sentences written for the test.
func TestRoundFollowersZ26(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Granite Labs raised $40 million on Monday. Acme Telecom and Borealis Networks led the round. "
	leads := []string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}
	with := func(more ...string) []string { return append(append([]string(nil), leads...), more...) }
	runNews(t, []newsCase{
		// "joined them": the leads, as "joined it" is the round
		{"joined them", open + "Ion Cloud and Kestrel Telecom joined them.",
			with(inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"))},
		{"joined them too", open + "Ion Cloud joined them too.", with(inv("ion-cloud", "granite-labs"))},
		{"a description's list joined them", open + "Two Nordic carriers, Ion Cloud and Kestrel Telecom, joined them as well.",
			with(inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"))},
		// "Joining the round were": the round as the fronted participle's object
		{"joining the round were", open + "Joining the round were Ion Cloud and Kestrel Telecom.",
			with(inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"))},
		{"joining the financing were a list with plus", "Granite Labs raised $40 million in a Series B round led by Acme Telecom. Joining the financing were Ion Cloud, Kestrel Telecom and Larch Networks, plus Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$40 million", inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"),
				inv("larch-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		// a later lettered round opens its own company's round: the
		// followers after it are not the earlier raiser's
		{"a Series G co-led it", "Polar Compute closed a $90 million Series G on Tuesday. Ion Cloud and Kestrel Telecom co-led it.",
			[]string{inv("ion-cloud", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},
		{"a second raiser's Series E", open + "A day later Polar Compute closed a $90 million Series E. Ion Cloud led it.",
			with(inv("ion-cloud", "polar-compute"))},
		{"a second raiser's Series F joined them", "Granite Labs raised $40 million on Monday. Acme Telecom led the round. Then Polar Compute completed a Series F. Ion Cloud and Larch Networks co-led it. Kestrel Telecom joined them.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "polar-compute"), inv("larch-networks", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},

		// near misses
		{"did not join them", open + "Ion Cloud did not join them.", leads},
		{"may join them", open + "Ion Cloud may join them later.", leads},
		{"joined them in a lawsuit", open + "Ion Cloud joined them in a lawsuit against Kestrel Telecom.", leads},
		{"joining them on stage", open + "Joining them on stage was Ion Cloud.", leads},
		{"joining the board were", open + "Joining the board were two people from Ion Cloud.", leads},
		{"a series of deals", "Acme Telecom announced a series of price cuts. Ion Cloud led it.", nil},
	})
}
