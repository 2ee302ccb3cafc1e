package extract_test

import "testing"

// TestCoRunBusiness: two companies running a business together co-own
// it; running trials together is a partnership.
func TestCoRunBusiness(t *testing.T) {
	reg := mustRegister(t, "corun.yaml", `entities:
  borealis-telecom: {name: Borealis Telecom, type: company}
  kestrel-towers: {name: Kestrel Towers, type: company}
  pylon-net: {name: Pylon Net, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"run a named company together",
			"Borealis Telecom and Kestrel Towers run Pylon Net together as a neutral host.",
			[]string{"jointVenture(borealis-telecom,kestrel-towers)"}},
		{"a relative clause on what they ran",
			"Readers will remember the tower company that Borealis Telecom and Kestrel Towers ran together until 2019.",
			nil},
		{"trials together are a partnership",
			"Borealis Telecom and Kestrel Towers will run trials together in Bergen.",
			[]string{"partnerOf(borealis-telecom,kestrel-towers) modality=planned"}},
	})
}
