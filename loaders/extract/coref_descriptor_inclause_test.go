package extract_test

import "testing"

// TestDescriptorInClausePP: "a new wholesaler, X," inside a prepositional
// phrase after the clause's verb describes X as "Telefonica's new unit,
// X," does (coref_descriptor.go), so "the wholesaler" and "the KKR-led
// wholesaler" refer back to X; a prepositional phrase fronted before any
// verb ("In a new wholesaler, X, ...") describes nothing.
func TestDescriptorInClausePP(t *testing.T) {
	reg := mustRegister(t, "descriptor_pp.yaml", `entities:
  sable-capital: {name: Sable Capital, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  andes-fibra: {name: Andes Fibra, type: joint_venture}
  nova-cloud: {name: Nova Cloud, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the X-led description after an in-clause apposition",
			"Sable Capital will own 54% of a new wholesaler, Andes Fibra, built on Acme Telecom's network. The Sable Capital-led wholesaler will be run from Lima.",
			[]string{"ledBy(andes-fibra,sable-capital)"}},
		{"a bare description after an in-clause apposition",
			"Acme Telecom sold its towers to a new wholesaler, Nova Cloud, in May. The wholesaler is based in Lima, Peru.",
			[]string{"headquarteredIn(nova-cloud,PE)"}},
		{"near miss: a fronted phrase describes nothing",
			"In a new wholesaler, Andes Fibra, Sable Capital holds 54%. The Sable Capital-led wholesaler will be run from Lima.",
			nil},
	})
}
