package extract_test

import "testing"

// TestInvestAmongUnnamed covers helper z15inv's holders counted among the
// investors of a company the sentence does not name
// (invest_among_unnamed.go), the names after a partitive count ("Three of
// the region's largest banks, A, B and C, ...": clause.go) and a name whose
// apposition opens with a determiner (clause_pair_split.go), and the month
// May after a sentence-opening "In" (relations.go), money raised with no
// amount ("far larger sums": invest_args.go) and "has since raised" read as
// one verb group (nlp.go), with sentences written for the test and the
// near misses.
func TestInvestAmongUnnamed(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Polar Compute raised $80 million in a Series B round led by Acme Telecom. "
	first := inv("acme-telecom", "polar-compute") + " amount=$80 million"
	runNews(t, []newsCase{
		{"partitive count and among the new shareholders", open + "Two of the region's largest carriers, Helix Wireless and Ion Cloud, were among the new shareholders.",
			[]string{first, inv("helix-wireless", "polar-compute"), inv("ion-cloud", "polar-compute")}},
		{"a name is among the backers", open + "Larch Networks is among the backers.",
			[]string{first, inv("larch-networks", "polar-compute")}},
		{"an apposition opened by another", "In May Helix Wireless joined the seed round of Granite Labs, another Oslo Radio start-up.",
			[]string{inv("helix-wireless", "granite-labs")}},

		{"has since raised sums from", "Granite Labs, which is run by Lena Berg, has since raised far larger sums from Helix Wireless and Ion Cloud.",
			[]string{"ceoOf(lena-berg,granite-labs)", inv("helix-wireless", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"has since raised an amount from", "Granite Labs has since raised $40 million from Acme Telecom.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$40 million"}},

		// near misses
		{"won a deal from", "Granite Labs has since won a large deal from Helix Wireless.", nil},
		{"not among the backers", open + "Larch Networks is not among the backers.", []string{first}},
		{"among the potential investors", open + "Larch Networks is among the potential investors.", []string{first}},
		{"among the customers", open + "Larch Networks is among the customers.", []string{first}},
	})
}
