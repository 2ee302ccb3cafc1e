package extract_test

import "testing"

// TestHQUnitNamedAfterParent: "Y's US subsidiary, Y Inc.," gives the
// parent no country; another name after the description still gets it
// (hq_unit_self.go).
func TestHQUnitNamedAfterParent(t *testing.T) {
	reg := mustRegister(t, "unit.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the unit drops its legal suffix to the parent's name",
			"Acme Telecom's US subsidiary, Acme Telecom Inc., is based in Austin.",
			nil},
		{"the same with a Brazilian unit",
			"Acme Telecom's Brazilian subsidiary, Acme Telecom SA, is based in Campinas.",
			nil},
		{"another name after the description",
			"Acme Telecom's Brazilian subsidiary, Borealis Networks, is based in Campinas.",
			[]string{"headquarteredIn(borealis-networks,BR)"}},
	})
}
