package extract_test

import "testing"

// TestMergedCompanyRef: "the merged operator" and "the combined company"
// stand for the venture just formed, as "the new company" does (coref.go).
func TestMergedCompanyRef(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"the merged operator",
			"Acme Telecom and Helix Wireless combined their networks into Granite Labs, in which Acme Telecom holds 51% and Helix Wireless 49%. The merged operator came into being on 1 June 2025.",
			[]string{jv, "founded(granite-labs) date=2025-06-01", "investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},
		{"the combined company",
			"Acme Telecom and Helix Wireless set up Granite Labs, a joint venture for towers. The combined company is headquartered in Madrid, Spain.",
			[]string{jv, "founded(granite-labs)", "headquarteredIn(granite-labs,ES)"}},

		// near miss: no venture in reach
		{"the merged operator with no venture named",
			"Acme Telecom sells radios. The merged operator is headquartered in Madrid, Spain.",
			nil},
	})
}
