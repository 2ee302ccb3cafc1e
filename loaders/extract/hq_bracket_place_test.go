package extract_test

import "testing"

// TestHQBracketPlace: a seat in brackets after a name in prose, with a
// city or a listing before the country (hq_bracket_place.go).
func TestHQBracketPlace(t *testing.T) {
	runNews(t, []newsCase{
		{"X (City, Country) verb",
			"Granite Labs (Bergen, Norway) showed a radio unit at the fair.",
			[]string{"headquarteredIn(granite-labs,NO)"}},
		{"X (EXCH: TICKER; City, Country) is",
			"Acme Telecom (NYSE: ACM; Austin, Texas, USA) is a wireless carrier.",
			[]string{"headquarteredIn(acme-telecom,US)"}},
		{"a roster of bracketed seats",
			"Ion Cloud (Tallinn, Estonia), Helix Wireless (Lyon, France) and Larch Networks (Turku, Finland) exhibited.",
			[]string{"headquarteredIn(helix-wireless,FR)", "headquarteredIn(ion-cloud,EE)", "headquarteredIn(larch-networks,FI)"}},
		{"near miss: a country alone names a market",
			"Acme Telecom (Spain) and Helix Wireless (France) signed the deal.",
			nil},
		{"near miss: a listing alone",
			"Acme Telecom (NYSE: ACM) signed the deal.",
			nil},
		{"near miss: the bracket goes on after the country",
			"Acme Telecom (Madrid, Spain unit) signed the deal.",
			nil},
	})
}
