package extract_test

import "testing"

// TestHQGroupIsTheUnitsParent: under a heading naming a unit after its
// parent ("Acme Telecom's Edge Lab"), "the Finnish group" is the parent
// (hq_desc_parent.go).
func TestHQGroupIsTheUnitsParent(t *testing.T) {
	reg := mustRegister(t, "parent.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  acme-telecom-edge-lab: {name: Acme Telecom Edge Lab, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the N group's officer under a heading naming the parent's unit",
			"Three northern edge deals\n\n1. Acme Telecom's Edge Lab\nAcme Telecom teamed up with Ion Cloud to open the lab last spring. Jane Park, the Finnish group's chief strategy officer, oversees the site.\n",
			[]string{"headquarteredIn(acme-telecom,FI)", "partnerOf(acme-telecom,ion-cloud)"}},
	})
}
