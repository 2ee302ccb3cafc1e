package extract_test

import "testing"

// TestInvestByGerundAndPairs covers helper z15inv's stakes taken in a
// gerund of manner (invest_by_gerund.go: "responded by lifting its own
// holding", "a 9.9% position"), the size of an unnamed stake given with
// "of about" (invest_implicit.go), and a pair "Y, and B" whose second name
// opens a new clause (clause_pair_split.go), an investment told in a
// gerund of manner and a bare "first" before the verb (clause.go), with
// sentences written for the test and the near misses.
func TestInvestByGerundAndPairs(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Meridian Mobile paid $900 million for a 9% stake in Granite Labs. "
	first := inv("meridian-mobile", "granite-labs") + " amount=$900 million"
	runNews(t, []newsCase{
		{"responded by lifting its holding", open + "Helix Wireless responded by lifting its own holding to almost 8%.",
			[]string{first, inv("helix-wireless", "granite-labs")}},
		{"by building a percentage position", open + "Ion Cloud surprised the market by building a 6.5% position.",
			[]string{first, inv("ion-cloud", "granite-labs")}},
		{"built a stake of about N%", open + "Kestrel Telecom also built a stake of about 5%.",
			[]string{first, inv("kestrel-telecom", "granite-labs")}},
		{"a pair with a comma opens a clause", "In 2024 Acme Telecom took a 60% stake in Polar Compute, and Larch Networks retained a minority holding.",
			[]string{inv("acme-telecom", "polar-compute") + " date=2024", inv("larch-networks", "polar-compute") + " date=2024"}},
		{"a serial comma keeps the list", "Acme Telecom, Larch Networks, and Ion Cloud took a 30% stake in Polar Compute.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-networks", "polar-compute")}},

		{"followed by putting money into the company", open + "Helix Wireless followed by putting $30 million into the company.",
			[]string{first, inv("helix-wireless", "granite-labs") + " amount=$30 million"}},
		{"a bare first after an apposition", "Kestrel Telecom, the Nordic group's investment vehicle, first bought about 7% of Granite Labs in 2022.",
			[]string{inv("kestrel-telecom", "granite-labs") + " date=2022"}},

		// near misses
		{"a position without a size", open + "Ion Cloud surprised the market by building a strong position.", []string{first}},
		{"a passive by-phrase", open + "Ion Cloud was surprised by building costs.", []string{first}},
		{"a holding only considered", open + "Helix Wireless responded by considering a 3% holding.", []string{first}},
	})
}
