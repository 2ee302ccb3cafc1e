package extract_test

import "testing"

// TestPartnerUpVerbs: "partnered up with", "paired up with" and "linked
// up with" state a partnership as "teamed up with" does
// (families_partner_up.go).
func TestPartnerUpVerbs(t *testing.T) {
	reg := mustRegister(t, "partnerup.yaml", `entities:
  vexa: {name: Vexa, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"partnered up with",
			"Vexa partnered up with Borealis Networks last year to automate its core network.",
			[]string{"partnerOf(borealis-networks,vexa)"}},
		{"a plural subject paired up",
			"Vexa and Borealis Networks paired up on edge inference.",
			[]string{"partnerOf(borealis-networks,vexa)"}},
		{"linked up with",
			"Vexa has linked up with Borealis Networks.",
			[]string{"partnerOf(borealis-networks,vexa)"}},
		{"near miss: picked up a contract",
			"Vexa picked up a contract with Borealis Networks.",
			nil},
	})
}
