package extract_test

import "testing"

// TestAttributiveCountry: a country's name before a description and a
// name gives the name's country, as a nationality adjective does; after a
// preposition it is a place.
func TestAttributiveCountry(t *testing.T) {
	runNews(t, []newsCase{
		{"a country name as modifier",
			"Norway state investor Granite Labs is among the buyers.",
			[]string{"headquarteredIn(granite-labs,NO)"}},
		{"after a preposition it is a place",
			"In Norway operator Cobalt Mobile leads the market.",
			nil},
	})
}
