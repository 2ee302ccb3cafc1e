package extract_test

import "testing"

// TestVentureDescription: a joint venture whose noun carries a nationality
// ("the Dutch joint venture") or is "a joint company"; near misses: a
// company noun with no "joint", a negated verb, one maker only.
func TestVentureDescription(t *testing.T) {
	const jv = "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"formed the Dutch joint venture with B", "Acme Telecom formed the Dutch joint venture with Helix Wireless in 2016.", []string{jv}},
		{"set up a joint company", "Acme Telecom and Helix Wireless set up a joint company to sell cloud services.", []string{jv}},
		{"to create the joint company", "Acme Telecom and Helix Wireless combined their fibre businesses in 2021 to create the joint company.", []string{jv + " modality=planned"}},
		{"near miss: no joint", "Acme Telecom formed the new fibre company with Helix Wireless in 2016.", nil},
		{"near miss: did not set up", "Acme Telecom and Helix Wireless did not set up a joint company.", nil},
		{"near miss: one maker", "Acme Telecom set up a joint company.", nil},
	})
}
