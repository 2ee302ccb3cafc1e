package extract_test

import "testing"

// TestInvestZ21LedFor: a round is led "for" its company as well as "in"
// it (invest_args.go).
func TestInvestZ21LedFor(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"led a round for Y", "Helix Wireless led the $45 million round for Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$45 million"}},
		{"co-led a round for a described Y", "Helix Wireless and Larch Networks co-led a $12 million Series B round for edge software start-up Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$12 million", inv("larch-networks", "granite-labs") + " amount=$12 million"}},

		// near misses
		{"led a drive for Y", "Helix Wireless led the hiring drive for Granite Labs.", nil},
		{"round led by, for a customer", "Helix Wireless raised $45 million in a round led by Larch Networks for its work with Granite Labs.",
			[]string{inv("larch-networks", "helix-wireless") + " amount=$45 million"}},
	})
}

// TestInvestZ21PartOfRound: an investment "as part of a round led by B"
// opens the investee's round, so B invested too (rounds_part.go).
func TestInvestZ21PartOfRound(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"invested as part of a round led by B", "Helix Wireless invested $4 million in Granite Labs as part of a Series A round led by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$4 million", inv("larch-networks", "granite-labs")}},
		{"investment made as part of a round", "Helix Wireless's investment in chipmaker Granite Labs came as part of a $20 million round led by Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("polar-compute", "granite-labs")}},

		// near misses
		{"part of a plan", "Helix Wireless invested $4 million in Granite Labs as part of a plan drawn up by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$4 million"}},
	})
}

// TestInvestZ21FeaturedRound: "featured" and "involved" are verbs whose
// subject round names its investors (nlp.go verbBases, rounds_draw.go).
func TestInvestZ21FeaturedRound(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	round := "Granite Labs raised $30 million in a Series A on Monday. "
	runNews(t, []newsCase{
		{"the round featured", round + "The round also featured Helix Wireless and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"the round involved", round + "The round involved Polar Compute.",
			[]string{inv("polar-compute", "granite-labs")}},

		// near misses
		{"a feature of the product", round + "A key feature of the chip is that it runs on Ion Cloud.", nil},
	})
}

// TestInvestZ21ToBack: "back" after "to" or a modal and before a name or
// a determiner is the verb, not the adverb (nlp.go).
func TestInvestZ21ToBack(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"agreed to back Y", "Helix Wireless has agreed to back Granite Labs with $8 million.",
			[]string{inv("helix-wireless", "granite-labs") + " modality=planned"}},
		{"will back Y", "Larch Networks will back Granite Labs.",
			[]string{inv("larch-networks", "granite-labs") + " modality=planned"}},

		// near misses
		{"went back to Y", "Helix Wireless went back to Granite Labs for more chips.", nil},
		{"to come back", "Helix Wireless wants to come back to Granite Labs.", nil},
	})
}

// TestInvestZ21TheLikesOf: "the likes of A and B" stands for its list
// (clause.go afterColon).
func TestInvestZ21TheLikesOf(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"has backed the likes of", "Polar Compute has backed the likes of Granite Labs and Ion Cloud.",
			[]string{inv("polar-compute", "granite-labs"), inv("polar-compute", "ion-cloud")}},
		{"raised from the likes of", "Granite Labs raised $9 million from the likes of Helix Wireless and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$9 million", inv("larch-networks", "granite-labs") + " amount=$9 million"}},

		// near misses
		{"likes of a person", "Helix Wireless likes the chips of Granite Labs.", nil},
	})
}

// TestInvestZ21HalfOwned: "half-owned by A" names a part's owner, as
// "majority-owned by A" does (invest_holders.go).
func TestInvestZ21HalfOwned(t *testing.T) {
	runNews(t, []newsCase{
		{"is half-owned by A", "Granite Labs is half-owned by Helix Wireless.",
			[]string{"investedIn(helix-wireless,granite-labs)"}},

		// near misses
		{"a bare owned by", "Granite Labs is owned by Helix Wireless.", nil},
		{"half of the staff", "Half of the staff at Granite Labs came from Helix Wireless.", nil},
	})
}

// TestInvestZ21OneOfHoldersIn: "A, one of the largest shareholders in Y,"
// is the apposition "A, one of Y's largest shareholders," with the
// investee after "in" (invest_one_of.go).
func TestInvestZ21OneOfHoldersIn(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"one of the largest shareholders in Y", "Helix Wireless, one of the largest shareholders in Granite Labs, declined to comment.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"one of the early investors of Y", "Polar Compute, one of the early investors of Ion Cloud, said it would sell.",
			[]string{inv("polar-compute", "ion-cloud")}},

		// near misses
		{"one of the customers of Y", "Helix Wireless, one of the largest customers of Granite Labs, declined to comment.", nil},
		{"one of the former investors in Y", "Helix Wireless, one of the former investors in Granite Labs, declined to comment.", nil},
	})
}

// TestInvestZ21Rupees: an amount in rupees is money raised ("₹1,200
// crore"), as a dollar amount is (invest_args.go moneyAt).
func TestInvestZ21Rupees(t *testing.T) {
	runNews(t, []newsCase{
		{"raised rupees from A", "Granite Labs raised ₹450 crore from Helix Wireless.",
			[]string{"investedIn(helix-wireless,granite-labs) amount=₹450 crore"}},

		// near misses
		{"sales in rupees", "Granite Labs made ₹450 crore in sales from Helix Wireless.", nil},
	})
}

// TestInvestZ21DateBeforeInvestee: a time phrase between the investment
// noun and "in Y" does not end the search for the investee
// (invest_args.go).
func TestInvestZ21DateBeforeInvestee(t *testing.T) {
	runNews(t, []newsCase{
		{"investment in March in Y", "Helix Wireless made its first investment of $6 million in March in Granite Labs.",
			[]string{"investedIn(helix-wireless,granite-labs) amount=$6 million"}},
		{"led a round in 2024 in Y", "Larch Networks led a seed round in 2024 in Ion Cloud.",
			[]string{"investedIn(larch-networks,ion-cloud) date=2024"}},

		// near misses
		{"investment in March", "Helix Wireless made an investment in March.", nil},
	})
}

// TestInvestZ21AdjectiveBeforeAmount: an adjective between the determiner
// and a currency sign stays an adjective, so the round or stake after the
// amount is still the verb's object (nlp.go, invest_priced.go).
func TestInvestZ21AdjectiveBeforeAmount(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"led a massive round for Y", "Polar Compute led a massive $80 million round for Granite Labs.",
			[]string{inv("polar-compute", "granite-labs") + " amount=$80 million"}},
		{"took a sizeable stake in Y", "Helix Wireless took a sizeable $2 billion stake in Ion Cloud.",
			[]string{inv("helix-wireless", "ion-cloud") + " amount=$2 billion"}},

		// near misses
		{"a massive order", "Helix Wireless placed a massive $2 billion order with Ion Cloud.", nil},
	})
}

// TestInvestZ21BackedNounPredicate: "Y is a start-up backed by A": the
// participle describes the copula's noun predicate, so A backs Y
// (invest_backed_noun.go).
func TestInvestZ21BackedNounPredicate(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"is a start-up backed by A", "Granite Labs is a chip start-up backed by Helix Wireless.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"is one of the firms funded by A and B", "Ion Cloud is one of the firms funded by Polar Compute and Larch Networks.",
			[]string{inv("polar-compute", "ion-cloud"), inv("larch-networks", "ion-cloud")}},

		// near misses
		{"is not a start-up backed by A", "Granite Labs is not a start-up backed by Helix Wireless.", nil},
		{"may be a start-up backed by A", "Granite Labs may soon be a start-up backed by Helix Wireless.", nil},
	})
}
