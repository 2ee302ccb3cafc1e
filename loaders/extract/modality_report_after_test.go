package extract_test

import "testing"

// TestReportDeniedAfter covers a report told first and then denied or
// left unconfirmed (modality_report_after.go), and the near misses whose
// facts stand.
func TestReportDeniedAfter(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("ion-cloud", "granite-labs") + " amount=$50 million"
	open := "Granite Labs raised $50 million in a round led by Ion Cloud. "
	runNews(t, []newsCase{
		{"not confirmed", open + "Reports that Acme Telecom, an investor in Polar Compute, had joined the round were not confirmed.", []string{lead}},
		{"denied by", "Reports that Acme Telecom was buying a stake in Granite Labs were denied by the company.", nil},

		// near misses
		{"a report confirmed", "Reports that Acme Telecom bought a stake in Granite Labs were confirmed on Monday.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2025-06-09"}},
		{"a denial of something else later", "Acme Telecom bought a stake in Granite Labs; reports of talks with Ion Cloud were denied.",
			[]string{inv("acme-telecom", "granite-labs")}},
	})
}
