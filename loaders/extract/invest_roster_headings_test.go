package extract_test

import "testing"

// TestInvestorRosterHeadings covers a round's roster split under headings
// with no determiner, continued from one heading to the next
// (invest_bullets.go), with an article written for the test, and the
// near misses: a heading of those not in the round, a heading of
// customers.
func TestInvestorRosterHeadings(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := "Granite Labs published the names of the backers of its Series C on Tuesday. The total was given last month.\n\n"
	coleads := "Co-leads:\n- Ion Cloud - lead\n- Kestrel Telecom - co-lead\n\n"
	newInv := "New investors:\n- Acme Telecom - strategic\n- Borealis Networks - financial\n\n"
	runNews(t, []newsCase{
		{"co-leads then new investors", lead + coleads + newInv + "Sales grew in May.",
			[]string{inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs"), inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},
		{"returning investors alone", lead + "Returning investors:\n- Acme Telecom - follow-on\n- Borealis Networks - follow-on\n\nSales grew in May.",
			[]string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},

		// near misses
		{"not in this round", lead + "Not in this round:\n- Acme Telecom - declined\n- Borealis Networks - declined\n\nSales grew in May.", nil},
		{"customers after a roster", lead + coleads + "New customers:\n- Acme Telecom - trial\n- Borealis Networks - trial\n\nSales grew in May.",
			[]string{inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
	})
}
