package extract_test

import "testing"

// TestSeatTable: a table with a headquarters column gives each row's
// organisation its seat, alone or under a roster heading that ends in a
// colon; near misses: a bare "Country" column, a row naming two companies.
func TestSeatTable(t *testing.T) {
	runNews(t, []newsCase{
		{"seat column", "Analysts compared three suppliers.\n\n| Company | Focus | Headquarters |\n|---|---|---|\n| Acme Telecom | Mobile | Norway |\n| Granite Labs | Chips | Canada |\n",
			[]string{"headquarteredIn(acme-telecom,NO)", "headquarteredIn(granite-labs,CA)"}},
		{"HQ column holding a city", "Some of the vendors at the show:\n\nVendor | HQ\nPolar Compute | Helsinki\nIon Cloud | Lyon\n",
			[]string{"headquarteredIn(ion-cloud,FR)", "headquarteredIn(polar-compute,FI)"}},
		{"roster heading with a colon over a seat table", "The Open Edge Alliance was formed in May to test open radio software. It was set up by the companies below.\n\nFounding members, with their home countries:\n\n| Member | Sector | Home country |\n| Helix Wireless | Operator | Kenya |\n| Larch Networks | Software | Brazil |\n",
			[]string{"founded(open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)",
				"headquarteredIn(helix-wireless,KE)", "headquarteredIn(larch-networks,BR)"}},
		{"near miss: a country column is a market", "Analysts compared three suppliers.\n\n| Company | Country | Revenue |\n| Acme Telecom | Norway | 4 billion |\n| Granite Labs | Canada | 2 billion |\n", nil},
		{"near miss: two companies in a row's cell", "Deals of the quarter:\n\n| Parties | Headquarters |\n| Acme Telecom and Ion Cloud | Norway |\n", nil},
	})
}
