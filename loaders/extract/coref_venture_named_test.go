package extract_test

import "testing"

// TestVentureNamedRef: "the venture" is a company the article set up as a
// joint venture, "the lab" an organisation named "... Lab"
// (coref_venture_named.go); near misses resolve nothing.
func TestVentureNamedRef(t *testing.T) {
	reg := mustRegister(t, "lab.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  granite-labs: {name: Granite Labs, type: company}
  edge-lab: {name: Acme Edge Lab, type: company}
`)
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNewsWith(t, reg, []newsCase{
		{"the venture after J, a joint venture",
			"Acme Telecom and Helix Wireless set up Granite Labs, a joint venture for towers. The venture is headquartered in Madrid, Spain.",
			[]string{jv, "founded(granite-labs)", "headquarteredIn(granite-labs,ES)"}},
		{"the venture after J, the joint venture of A and B",
			"Granite Labs, the joint venture of Acme Telecom and Helix Wireless, sells towers. The venture was formed in February 2025.",
			[]string{jv, "founded(granite-labs) date=2025-02"}},
		{"the lab for X Lab",
			"Acme Telecom today announced the Acme Edge Lab, a research unit. The lab will be based in Oulu, Finland.",
			[]string{"headquarteredIn(edge-lab,FI)"}},

		// near misses
		{"the venture with no venture stated",
			"Acme Telecom bought Granite Labs last year. The venture is headquartered in Madrid, Spain.", nil},
		{"the lab with no Lab named",
			"Acme Telecom bought Granite Labs last year. The lab will be based in Oulu, Finland.", nil},
	})
}
