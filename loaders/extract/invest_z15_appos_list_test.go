package extract_test

import "testing"

// TestIncludeApposList covers a copula list whose items each carry an
// apposition (helper z15inv: "Its two founding shareholders are A, the
// state fund, and B, the local AI group"; families2.go, clause_pair_split.go),
// with sentences written for the test and the near miss of a relative
// clause that is no list item.
func TestIncludeApposList(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"investors with appositions", "Granite Labs builds radios. Its two founding shareholders are Acme Telecom, the state carrier, and Helix Wireless, the local tower group.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs"),
				"foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,helix-wireless)"}},
		{"founding members with appositions", "The founding members of the Open Edge Alliance are Acme Telecom, the Finnish operator, and Ion Cloud, a hosting firm.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)", "headquarteredIn(acme-telecom,FI)"}},

		// near miss: the name after the apposition opens a clause of its own
		{"an apposition then a new clause", "Granite Labs builds radios. Its largest shareholder is Acme Telecom, the state carrier, while Helix Wireless supplies towers.",
			[]string{inv("acme-telecom", "granite-labs")}},
	})
}
