package extract_test

import "testing"

// TestReportTakenBack covers a move told only inside a report that the
// sentence calls wrong, or inside a report with no source
// (modality_report_wrong.go), and the twins whose facts stand.
func TestReportTakenBack(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"reports were wrong", "Reports that Acme Telecom bought a stake in Granite Labs were wrong.", nil},
		{"stories claiming, inaccurate", "Stories claiming Borealis Networks invested in Polar Compute were inaccurate, the company said.", nil},
		{"rumours of, proved unfounded", "Rumours of a joint venture between Acme Telecom and Helix Wireless proved unfounded.", nil},
		{"quoted headline wrong", `"Cobalt Mobile invests in Granite Labs" headlines last week were wrong; Cobalt Mobile only signed a supply contract.`, nil},
		{"turned out to be false", "Reports that Kestrel Telecom had taken a stake in Ion Cloud turned out to be false.", nil},
		{"reports spoke of", "Some early reports spoke of a joint venture between Acme Telecom and Helix Wireless, but Acme Telecom says the new unit will be wholly owned.", nil},
		{"reports suggested", "Earlier press reports suggested that Borealis Networks had invested in Polar Compute.", nil},
		{"there were reports", "There were reports that Kestrel Telecom wanted to buy a stake in Ion Cloud.", nil},
		{"media said", "Local media said Cobalt Mobile had taken a stake in Granite Labs.", nil},
		{"reports described a partnership", "Initial reports described a partnership between Acme Telecom and Larch Networks.", nil},

		// twins: the same moves told by the writer or a named source
		{"told plainly", "Acme Telecom bought a stake in Granite Labs.", []string{inv("acme-telecom", "granite-labs")}},
		{"joint venture told plainly", "Acme Telecom and Helix Wireless formed a joint venture.", []string{jv}},
		{"reports confirmed", "Reports that Kestrel Telecom had taken a stake in Ion Cloud were confirmed on Monday.", []string{inv("kestrel-telecom", "ion-cloud") + " date=2025-06-09"}},
		{"a wrong report of something else", "Borealis Networks invested in Polar Compute; reports of talks with Ion Cloud were wrong.", []string{inv("borealis-networks", "polar-compute")}},
	})
}
