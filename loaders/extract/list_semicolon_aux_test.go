package extract_test

import "testing"

// TestSemicolonAuxClause covers a semicolon before a name and an
// auxiliary (list_clause.go): the name opens a clause of its own, not a
// second item after the object before the semicolon.
func TestSemicolonAuxClause(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"has after the semicolon", "Acme Telecom was an early backer of Granite Labs; Helix Wireless has invested in Polar Compute.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "polar-compute")}},
		{"a modal after the semicolon", "Acme Telecom was an early backer of Granite Labs; Helix Wireless will invest in Polar Compute.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "polar-compute") + " modality=planned"}},
	})
}
