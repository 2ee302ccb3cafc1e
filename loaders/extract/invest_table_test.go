package extract_test

import "testing"

// TestFundingTable covers rounds set out as a table (invest_table.go),
// with tables written for the test, and the near misses: a table of
// customers, a row of another width, a row after the table ended.
func TestFundingTable(t *testing.T) {
	reg := mustRegister(t, "table.yaml", roundTestRegister)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"company, amount, lead, others",
			"This week's rounds:\n\nCompany | Raised | Lead investor | Other investors\nPolar Compute | $12m | Kestrel Capital | Ion Cloud, Larch Ventures\nGranite Labs | $4m | Acme Telecom | -\n",
			[]string{inv("kestrel-capital", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-ventures", "polar-compute"),
				inv("acme-telecom", "granite-labs")}},
		{"backers first, company last",
			"Backers | Start-up | Stage\nKestrel Capital and Ion Cloud | Polar Compute | seed\n",
			[]string{inv("kestrel-capital", "polar-compute"), inv("ion-cloud", "polar-compute")}},

		// near misses
		{"a table of customers",
			"Company | Customers | Region\nPolar Compute | Ion Cloud, Acme Telecom | Europe\n", nil},
		{"a row of another width",
			"Company | Raised | Lead investor\nPolar Compute | $12m | Kestrel Capital | extra\n", nil},
		{"a row after the table ended",
			"Company | Raised | Lead investor\nPolar Compute | $12m | Kestrel Capital\n\nThat is all for this week.\n\nGranite Labs | $4m | Acme Telecom\n",
			[]string{inv("kestrel-capital", "polar-compute")}},
	})
}
