package extract_test

import "testing"

// TestRoundReporterAndReach covers a round opened by "X, <apposition
// naming another company>, said it had raised ..." (the reporter is "it",
// coref.go reporterIt), a joiner three sentences after the round, and the
// near misses: a stake denied with "no", money committed to a company of
// its own, a joiner past the round's reach.
func TestRoundReporterAndReach(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Polar Compute, the radio lab that supplies Acme Telecom, said on Monday it had raised $40 million in a Series B round. "
	runNews(t, []newsCase{
		{"the reporter raised the round; a joiner three sentences on",
			open + "The lab makes radio chips. It sells them in Asia. Ion Cloud joined the round as well.",
			[]string{inv("ion-cloud", "polar-compute")}},
		{"the reporter after ', and'",
			"Acme Telecom sells phones, and Polar Compute said it had raised $40 million in a Series B round. Ion Cloud joined the round.",
			[]string{inv("ion-cloud", "polar-compute")}},

		// near misses
		{"a stake denied", open + "Helix Wireless, the lab's first customer, holds no stake either.", nil},
		{"money committed to a company of its own",
			open + "Ion Cloud committed $10 million to Kestrel Telecom.",
			[]string{inv("ion-cloud", "kestrel-telecom") + " amount=$10 million"}},
		// past the round's reach "the round" is still the one raise the
		// article told (rounds_topic.go, helper z25inv)
		{"past the round's reach, the article's one raise",
			open + "The lab makes radio chips. It sells them in Asia. Its staff doubled. Ion Cloud joined the round as well.",
			[]string{inv("ion-cloud", "polar-compute")}},
	})
}
