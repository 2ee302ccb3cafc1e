package extract_test

import "testing"

// TestInvestZ22HeldShare: a share as the subject of a passive holding
// verb names its holder after "by" (invest_held_share.go).
func TestInvestZ22HeldShare(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	first := "Helix Wireless owns 70% of Granite Labs. "
	runNews(t, []newsCase{
		{"the remaining share is held by B", first + "The remaining 30% is held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"the rest is owned by a described B", first + "The rest is owned by pension investor Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"with the remaining share held by B", "Helix Wireless controls 55% of Granite Labs, with the other 45% held by Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("polar-compute", "granite-labs")}},
		{"a share of Y is held by B", "A further 12% of Granite Labs is held by Ion Cloud.",
			[]string{inv("ion-cloud", "granite-labs")}},

		// near misses
		{"its shares", first + "Its shares are held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"the whole of another company", first + "100% of Cobalt Mobile is held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"a share of a noun", first + "About 20% of the spectrum is held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"not held", first + "The remaining 30% is not held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"a stake told three sentences back", first + "It sells chips. It employs 90 people. The remaining 30% is held by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"a register of shareholders", first + "The remaining 30% is held by Larch Networks, Ion Cloud, Polar Compute and Cobalt Mobile.",
			[]string{inv("helix-wireless", "granite-labs")}},
	})
}

// TestInvestZ22WithStake: a round verb's "with" phrase naming an
// investment in a company (invest_with_stake.go).
func TestInvestZ22WithStake(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"led the deal with an investment in Y", "Helix Wireless led the financing with a $40 million investment in Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$40 million"}},
		{"joined with an investment of an amount in Y", "Larch Networks joined the round with an investment of $3 million in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs") + " amount=$3 million"}},
		{"came in with a stake in Y", "Polar Compute came in with a 15% stake in Granite Labs.",
			[]string{inv("polar-compute", "granite-labs")}},

		// near misses
		{"another verb", "Helix Wireless competes with a $40 million investment in Granite Labs.", nil},
		{"the investment told before", "Helix Wireless led the talks, with the investment in Granite Labs still pending.", nil},
		{"with a report", "Helix Wireless followed up with a report on Granite Labs.", nil},
	})
}

// TestInvestZ22VCFirms: "VC" and "PE" before a list of investors are
// words, not a name (lexicon.go commonCaps).
func TestInvestZ22VCFirms(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"led by VC firms", "Granite Labs raised $80 million in a round led by VC firms Helix Wireless and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"from PE firm", "Granite Labs raised $80 million from PE firm Polar Compute.",
			[]string{inv("polar-compute", "granite-labs") + " amount=$80 million"}},
	})
}

// TestInvestZ22CommaSplice: a name after a preposition's object and a
// bare comma opens a new clause when a finite verb follows it
// (clause_pair_split.go).
func TestInvestZ22CommaSplice(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"two stakes spliced", "Helix Wireless owns 25% of Granite Labs, Polar Compute has a 12% stake in Ion Cloud.",
			[]string{inv("helix-wireless", "granite-labs"), inv("polar-compute", "ion-cloud")}},
		{"a reporting clause after the comma", "Meridian Mobile has invested in Granite Labs, Kestrel Telecom said.",
			[]string{inv("meridian-mobile", "granite-labs")}},

		// near misses
		{"a list of three after the preposition", "Helix Wireless has stakes in Granite Labs, Ion Cloud and Cobalt Mobile.",
			[]string{inv("helix-wireless", "granite-labs"), inv("helix-wireless", "ion-cloud"), inv("helix-wireless", "cobalt-mobile")}},
		{"a headline pair", "Helix Wireless, Larch Networks team up on edge AI",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
	})
}

// TestInvestZ22FieldDescriptor: a field of business in -ing inside a
// descriptor before a name ("machine learning", "video streaming") is a
// noun, so the descriptor stays whole (nlp.go ingNouns); "co-invested" is
// the invest verb (families.go).
func TestInvestZ22FieldDescriptor(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"machine learning descriptor", "Helix Wireless led a seed round in machine learning tools maker Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"ride hailing descriptor", "Polar Compute has invested in ride hailing app Ion Cloud.",
			[]string{inv("polar-compute", "ion-cloud")}},
		{"co-invested", "Helix Wireless and Larch Networks co-invested in Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},

		// near misses
		{"a verb after be", "Helix Wireless is manufacturing radios for Granite Labs.", nil},
	})
}

// TestInvestZ22CommaSuchAs: "some companies, such as A and B" stands for
// its list after a comma too (clause.go afterColon).
func TestInvestZ22CommaSuchAs(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"invested in N, such as A and B", "Polar Compute has invested in several start-ups, such as Granite Labs and Ion Cloud.",
			[]string{inv("polar-compute", "granite-labs"), inv("polar-compute", "ion-cloud")}},

		// near misses
		{"competes with N, such as A", "Polar Compute competes with bigger firms, such as Granite Labs.", nil},
	})
}
