package extract_test

import "testing"

// TestDescriptionBeforeLowerCaseName: a description set before a
// registered name written in lower case ("The Irish group eir") qualifies
// that name and refers back to no company named before (hq_prenominal.go).
func TestDescriptionBeforeLowerCaseName(t *testing.T) {
	reg := mustRegister(t, "lower.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  eir: {name: eir, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"the N group <lower-case name>",
			"Acme Telecom cut prices. The Irish group eir said it had joined the Open Edge Alliance.",
			[]string{"headquarteredIn(eir,IE)", "memberOf(eir,open-edge-alliance)"}},
		{"a bare description still refers back",
			"Acme Telecom, a British group, cut prices. The group said it had joined the Open Edge Alliance.",
			[]string{"headquarteredIn(acme-telecom,GB)", "memberOf(acme-telecom,open-edge-alliance)"}},
	})
}
