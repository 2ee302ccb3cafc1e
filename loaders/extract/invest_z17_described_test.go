package extract_test

import "testing"

// TestInvestDescribedFocus covers helper z17inv's investee told by a
// description of what the company does (invest_described_focus.go): the
// description stands for the company the last sentences are about when
// the investee-focus model has none in reach, if it is no investor, its
// kind fits and the clause names no other company before it; with
// sentences written for the test and the near misses.
func TestInvestDescribedFocus(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	intro := "Granite Labs builds inference chips for data centres. Its designs have won praise from engineers. "
	runNews(t, []newsCase{
		{"put money into the chip designer", intro + "In 2023 Acme Telecom put $40 million into the chip designer.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2023 amount=$40 million"}},
		{"owns a share of a described company", intro + "Helix Wireless owns about 30% of the Dublin-based chip designer.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"wrote a cheque into the maker of", intro + "Kestrel Telecom also wrote a cheque into the maker of the chips.",
			[]string{inv("kestrel-telecom", "granite-labs")}},

		// near misses
		{"a planned cheque", intro + "Acme Telecom may put $40 million into the chip designer.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$40 million modality=planned"}},
		{"a company named before the description", intro + "Since Larch Networks owns most of Polar Compute, Acme Telecom put $5 million into the chip designer.",
			nil},
		{"the last investee in focus", "Ion Cloud invested in Granite Labs last year. Acme Telecom put $5 million into the chip designer.",
			[]string{inv("ion-cloud", "granite-labs") + " date=2024", inv("acme-telecom", "granite-labs") + " amount=$5 million"}},
		{"a description of another kind", "Polar Compute, the Chilean operator, runs a mobile network. Acme Telecom put $5 million into the chipmaker.",
			[]string{"headquarteredIn(polar-compute,CL)"}},
		{"a relative clause restricts the description", intro + "Acme Telecom will put $5 million into the chip designer that wins the tender.",
			nil},
		{"too far back", intro + "Its staff grew. Its sales grew. Its costs fell. Acme Telecom put $5 million into the chip designer.",
			nil},
	})
}
