package extract_test

import "testing"

// TestHQStateChain: a seat told over a city and its state (or a town
// near a city) before the country, and across an inserted description headed by a company noun
// (hq_place_chain.go, hq_inserted.go).
func TestHQStateChain(t *testing.T) {
	runNews(t, []newsCase{
		{"in City, State, in the Country",
			"Helix Wireless is headquartered in Red Bank, New Jersey, in the United States.",
			[]string{"headquarteredIn(helix-wireless,US)"}},
		{"across a description with another name in it",
			"Helix Wireless, the cloud calling firm Acme Telecom bought in 2021, is headquartered in Red Bank, New Jersey, in the United States.",
			[]string{"headquarteredIn(helix-wireless,US)"}},
		{"a town near a city",
			"Polar Compute is based in Kista, near Stockholm, Sweden, and has 40 staff.",
			[]string{"headquarteredIn(polar-compute,SE)"}},
		{"near miss: a lab in a town near a city",
			"Polar Compute has a lab in Kista, near Stockholm, Sweden.",
			nil},
		{"near miss: an office over a state",
			"Helix Wireless has an office in Red Bank, New Jersey, in the United States.",
			nil},
		{"near miss: a lab's seat",
			"Helix Wireless said its lab is headquartered in Red Bank, New Jersey, in the United States.",
			nil},
	})
}
