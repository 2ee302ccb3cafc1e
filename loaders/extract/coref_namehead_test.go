package extract_test

import "testing"

// TestNameHeadRef: "the zone", "the lab" refer back to a recently named
// organisation whose name ends in that noun (coref.go headNounRef), not
// only to the group nouns listed as reference heads; a name past its
// reach is no antecedent.
func TestNameHeadRef(t *testing.T) {
	reg := mustRegister(t, "namehead.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  helix-innovation-zone: {name: Helix Innovation Zone, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"the zone",
			"Acme Telecom filed a proposal for the Helix Innovation Zone last year. Led by Acme Telecom, the zone has two members. They are Acme Telecom and Ion Cloud.",
			[]string{"ledBy(helix-innovation-zone,acme-telecom)", "memberOf(acme-telecom,helix-innovation-zone)", "memberOf(ion-cloud,helix-innovation-zone)"}},

		// near miss
		{"the name is out of reach",
			"Acme Telecom filed a proposal for the Helix Innovation Zone last year. It hired staff. It built towers. It sold phones. It paid taxes. Led by Acme Telecom, the zone has two members.",
			nil},
	})
}
