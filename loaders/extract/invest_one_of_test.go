package extract_test

import "testing"

// TestApposOneOfHolders covers an investor in apposition as one of several
// holders (invest_one_of.go).
func TestApposOneOfHolders(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"one of Y's largest shareholders", "Acme Telecom, one of Granite Labs's largest shareholders, backed the plan.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"after a descriptor", "Jane Park spoke for Acme Telecom, the family's holding company and one of Granite Labs's biggest investors.",
			[]string{inv("acme-telecom", "granite-labs")}},

		// near misses: a former holder; not a holder at all
		{"one of its former shareholders", "Acme Telecom, one of Granite Labs's former shareholders, backed the plan.", nil},
		{"one of Y's customers", "Acme Telecom, one of Granite Labs's largest customers, backed the plan.", nil},
	})
}
