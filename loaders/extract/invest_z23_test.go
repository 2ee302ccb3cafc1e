package extract_test

import (
	"strings"
	"testing"
)

// TestInvestZ23OutsideBacker: "outside" between a determiner, an adjective
// or a possessive and a noun is an adjective, so "largest outside backer"
// stays one noun phrase with its head (nlp_participle_adj.go outsideAdj).
func TestInvestZ23OutsideBacker(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"is still Y's largest outside backer", "Helix Wireless is still Granite Labs' largest outside backer.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"is the biggest outside investor in Y", "Larch Networks is the biggest outside investor in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs")}},
		{"the largest outside shareholder of Y", "Polar Compute is the largest outside shareholder of Granite Labs, which sells chips.",
			[]string{inv("polar-compute", "granite-labs")}},

		// near misses
		{"a place outside Y", "Helix Wireless opened offices outside Granite Labs' home town.", nil},
		{"the largest outside its home market", "Larch Networks is the largest outside Europe.", nil},
	})
}

// TestInvestZ23DashedGroup: a counted group with its members between
// dashes or in brackets is one more item of a backers list, and the name
// after it closes the list (list_dashed_group.go).
func TestInvestZ23DashedGroup(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	first := "Granite Labs raised $90 million in a Series B. "
	runNews(t, []newsCase{
		{"dashes", first + "Its backers include Helix Capital and Larch Partners, three Nordic pension funds – Fjord Capital, Moss Capital and Birch Capital – and Ion Cloud.",
			[]string{inv("helix-capital", "granite-labs"), inv("larch-partners", "granite-labs"), inv("fjord-capital", "granite-labs"),
				inv("moss-capital", "granite-labs"), inv("birch-capital", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"a country's counted group", first + "Its backers include Helix Capital and Larch Partners, the region's three pension funds – Fjord Capital, Moss Capital and Birch Capital – and Ion Cloud.",
			[]string{inv("helix-capital", "granite-labs"), inv("larch-partners", "granite-labs"), inv("fjord-capital", "granite-labs"),
				inv("moss-capital", "granite-labs"), inv("birch-capital", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"brackets", first + "Its backers include Helix Capital, the three state banks (Oak Bank, Elm Bank and Ash Bank) and Ion Cloud.",
			[]string{inv("helix-capital", "granite-labs"), inv("oak-bank", "granite-labs"), inv("elm-bank", "granite-labs"),
				inv("ash-bank", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses
		{"the count does not match", first + "Its backers include Helix Capital and Larch Partners, four Nordic pension funds – Fjord Capital, Moss Capital and Birch Capital – and Ion Cloud.",
			[]string{inv("helix-capital", "granite-labs"), inv("larch-partners", "granite-labs"), inv("fjord-capital", "granite-labs"),
				inv("moss-capital", "granite-labs"), inv("birch-capital", "granite-labs")}},
	})
}

// TestInvestZ23ItsRoundAfterBackers: "its" before a round right after a
// list of a company's backers is that company, not the first backer
// (rounds_its_backed.go); followers after a semicolon of the round's own
// sentence are its investors (rounds3.go).
func TestInvestZ23ItsRoundAfterBackers(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"its seed round after the backers", "Granite Labs closed a $40 million Series A. Backers include Helix Telecom, Larch Partners and Polar Ventures. " +
			"Its January seed round was led by Larch Partners and Polar Ventures.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-partners", "granite-labs"), inv("polar-ventures", "granite-labs")}},
		{"followers after a semicolon", "Granite Labs closed a $40 million Series A. Backers include Helix Telecom and Larch Partners. " +
			"Its January seed round was led by Larch Partners; Cobalt Mobile and Fern Telecom also wrote cheques.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-partners", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("fern-telecom", "granite-labs")}},

		// near misses
		{"one investor told before", "Helix Capital invested in Granite Labs. Its own seed round was led by Larch Partners.",
			[]string{inv("helix-capital", "granite-labs"), inv("larch-partners", "helix-capital")}},
		{"a semicolon before the round", "Cobalt Mobile and Fern Telecom sell phones; Granite Labs raised $40 million in a round led by Larch Partners.",
			[]string{inv("larch-partners", "granite-labs") + " amount=$40 million"}},
	})
}

// TestInvestZ23ItAfterEarlierThisMonth: "it" after ", and earlier this
// month" continues the first clause's subject, not its object
// (partner_roles.go afterTimePhrase). Only the pairs are compared.
func TestInvestZ23ItAfterEarlierThisMonth(t *testing.T) {
	for _, tt := range []struct{ name, text, want, not string }{
		{"earlier this month it", "Helix Wireless sells phones. It took a stake in Granite Labs in 2021, and earlier this month it bought shares in Larch Networks.",
			"investedIn(helix-wireless,larch-networks)", "investedIn(granite-labs,larch-networks)"},
		{"later this year it", "Helix Wireless sells phones. It took a stake in Granite Labs in 2021, and later this year it will buy shares in Larch Networks.",
			"investedIn(helix-wireless,larch-networks)", "investedIn(granite-labs,larch-networks)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(extractFacts(t, tt.text, newsRegister(t)), "\n")
			if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
				t.Errorf("facts of %q: want %s and not %s, got\n%s", tt.text, tt.want, tt.not, got)
			}
		})
	}
}

// TestInvestZ23CityBeforeBased: "the Midland, Texas-based company" names
// a city in a "-based" modifier, no company (mentions_place.go).
func TestInvestZ23CityBeforeBased(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"the city, state-based company", "Helix Wireless put fresh money into the Dayton, Ohio-based company last year.", nil},
		{"a city, country-based start-up", "Helix Wireless invested in a Tampere, Finland-based start-up.", nil},

		// near misses
		{"a name and its apposition", "Helix Wireless invested in Granite Labs, Ohio-based maker of radios.",
			[]string{inv("helix-wireless", "granite-labs")}},
	})
}

// TestInvestZ23CopulaAlongside: the names after ", alongside" that close a
// copula's investor clause fund the same company (invest_copula_alongside.go).
func TestInvestZ23CopulaAlongside(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"one of the funders of Y, an apposition, alongside B, C and D",
			"Helix Wireless is one of the early equity funders of Granite Labs, the chip venture named after a mountain, alongside Larch Networks, Polar Compute and Cobalt Mobile.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), inv("polar-compute", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"an investor in Y, alongside B", "Helix Wireless is an investor in Granite Labs, alongside Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},

		// near misses
		{"a relative clause's alongside", "Helix Wireless is an investor in Granite Labs, which competes alongside Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"a clause of its own", "Helix Wireless is an investor in Granite Labs, and it sells phones alongside Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs")}},
	})
}

// TestInvestZ23SecondRound: "took part in Y's round" after another
// company's round in the same sentence invests in Y (rounds.go,
// rounds_its_backed.go ownRoundAfter).
func TestInvestZ23SecondRound(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"two rounds", "Helix Capital was among the backers of Granite Labs' $90 million Series B in May and took part in Polar Compute's $40 million round in June.",
			[]string{inv("helix-capital", "granite-labs"), inv("helix-capital", "polar-compute")}},
		// near miss: the round of the sentence itself
		{"one round", "Granite Labs raised $90 million in May, and Helix Capital took part in the round.",
			[]string{inv("helix-capital", "granite-labs")}},
	})
}

// TestInvestZ23FollowedWith: "A invested $X for N% of Y" is a part bought
// (invest_percent.go), and "..., and B followed with $Z" a second investor
// in the same company (invest_followed_with.go).
func TestInvestZ23FollowedWith(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"invested an amount for a part, followed with", "Helix Wireless invested $900 million for 12% of Granite Labs, and Larch Networks followed with $300 million for a 4% stake.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"bought a part, followed with", "Helix Wireless bought 12% of Granite Labs, and Larch Networks followed with $300 million.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},

		// near misses
		{"followed with no amount", "Helix Wireless bought 12% of Granite Labs, and Larch Networks followed with a statement.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"no investment before", "Helix Wireless sells phones, and Larch Networks followed with $300 million of bonds.", nil},
	})
}

// TestInvestZ23RenamedSubject: a subject with its other name in brackets
// ("A (now B) invested") is the company's present name (clause_renamed.go).
func TestInvestZ23RenamedSubject(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"now", "In 2019 Helix Wireless (now Larch Networks) invested $900 million for 12% of Granite Labs.",
			[]string{inv("larch-networks", "granite-labs") + " date=2019"}},
		// near miss: another word in the brackets
		{"a place in brackets", "In 2019 Helix Wireless (Oslo) invested $900 million for 12% of Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs") + " date=2019"}},
	})
}
