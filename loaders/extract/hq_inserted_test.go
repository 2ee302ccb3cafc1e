package extract_test

import "testing"

// TestHQAcrossInsert covers headquarters whose organisation is the subject
// across an inserted clause, or the name after a fronted headquarters
// participle (hq_inserted.go), and near misses.
func TestHQAcrossInsert(t *testing.T) {
	runNews(t, []newsCase{
		{"J, owned 50-50 by A and B, will be based in City, Country", "Granite Labs, owned 50-50 by Acme Telecom and Helix Wireless, will be based in Riyadh, Saudi Arabia.",
			[]string{"headquarteredIn(granite-labs,SA)", "jointVenture(acme-telecom,helix-wireless) share=50-50"}},
		{"J, backed by A, is headquartered in City, Country", "Granite Labs, backed by Acme Telecom, is headquartered in Madrid, Spain.",
			[]string{"headquarteredIn(granite-labs,ES)", "investedIn(acme-telecom,granite-labs)"}},
		{"J, which A set up, is based in", "Granite Labs, which Acme Telecom set up in 2019, is based in Lisbon, Portugal.",
			[]string{"foundedBy(granite-labs,acme-telecom)", "founded(granite-labs) date=2019", "headquarteredIn(granite-labs,PT)"}},
		{"A, which owns J, is based in", "Acme Telecom, which owns Granite Labs, is based in Oslo, Norway.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"Headquartered in City, Country, X", "Headquartered in Espoo, Finland, Acme Telecom makes radio equipment.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"Based in Country, the X", "Based in Norway, Helix Wireless sells phones.",
			[]string{"headquarteredIn(helix-wireless,NO)"}},

		// near misses
		{"an office, not the seat, after the insert", "Acme Telecom, owned by Helix Wireless, opened an office in Madrid, Spain.", nil},
		{"a lab of a unit", "Granite Labs, a unit of Acme Telecom, has a lab in Oslo, Norway.", nil},
		{"Based on, not in", "Based on its results in Spain, Acme Telecom raised its forecast.", nil},
		{"a participle about the place", "Headquartered in Espoo, Finland, is the research arm of Acme Telecom.", nil},
	})
}
