package extract_test

import "testing"

// TestInvestCheques covers cheques written into a company or its round
// and a round described by those it drew (invest_cheques.go), with
// sentences written for the test, and the near misses that state none.
func TestInvestCheques(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"cheques into Y's round and into Z", "Acme Telecom has since written cheques into Granite Labs' 2024 funding round and into Polar Compute.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2024", inv("acme-telecom", "polar-compute") + " date=2024"}},
		{"a cheque to Y", "Ion Cloud wrote a cheque to Granite Labs last spring.", []string{inv("ion-cloud", "granite-labs")}},
		{"a cheque for Y", "Last year Ion Cloud also wrote a cheque for Granite Labs.", []string{inv("ion-cloud", "granite-labs") + " date=2024"}},
		{"a round that had drawn", "Acme Telecom put $200 million into Granite Labs, the fifth investor in a round that had already drawn Ion Cloud and Kestrel Telecom.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$200 million", inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},

		// near misses
		{"did not write a cheque", "Acme Telecom did not write a cheque into Granite Labs.", nil},
		{"cheques into Y's data centres", "Acme Telecom wrote cheques into Granite Labs' data centres.", nil},
		{"a round that drew with no investee", "The round that drew Ion Cloud and Kestrel Telecom was large.", nil},
		{"a letter to Y", "Ion Cloud wrote a letter to Granite Labs.", nil},
		{"a cheque for an amount", "Ion Cloud wrote a cheque for $5 million.", nil},
		{"a cheque for no company", "Ion Cloud wrote a cheque for the whole thing.", nil},
	})
}

// TestInvestSharesOf covers a company's shares as a verb's object
// (invest_percent.go: sharesOf), with sentences written for the test,
// and the near misses that state none.
func TestInvestSharesOf(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"an amount of Y stock", "Acme Telecom bought an equal amount of Granite Labs stock.", []string{inv("acme-telecom", "granite-labs")}},
		{"shares in Y", "Ion Cloud holds shares in Polar Compute.", []string{inv("ion-cloud", "polar-compute")}},

		// near misses
		{"its own shares", "Ion Cloud bought back its shares.", nil},
		{"market share", "Ion Cloud took market share from Polar Compute.", nil},
		{"did not buy", "Ion Cloud did not buy Polar Compute stock.", nil},
		{"shares of a country", "Ion Cloud holds shares in Norway.", nil},
	})
}
