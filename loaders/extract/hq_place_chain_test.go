package extract_test

import "testing"

// TestHQPlaceChain: a headquarters place may run on to its country over a
// second comma and "in the" (hq_place_chain.go).
func TestHQPlaceChain(t *testing.T) {
	runNews(t, []newsCase{
		{"city, state, in the country",
			"Acme Telecom builds phones. The company is headquartered in Menlo Park, California, in the United States.",
			[]string{"headquarteredIn(acme-telecom,US)"}},
		{"city, region, in the country after based",
			"Helix Wireless is based in Austin, Texas, in the United States.",
			[]string{"headquarteredIn(helix-wireless,US)"}},
		{"a bare comma still joins the city to the country",
			"Cobalt Mobile is headquartered in Lakeside, Finland.",
			[]string{"headquarteredIn(cobalt-mobile,FI)"}},
		{"a site in another country is no headquarters",
			"Cobalt Mobile opened a lab in Austin, Texas, in the United States.",
			nil},
	})
}
