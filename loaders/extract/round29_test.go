package extract_test

import (
	"testing"
)

// round29Register holds round 29's fictional companies.
const round29Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  beacon: {name: Beacon, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
`

// TestRound29ProjectName: a registered company named with "Project" after
// its name is that company ("the Stargate Project" for Stargate: dev15),
// and "the project" then refers to it. Near misses: a longer name after
// "Project"; "the project" after a company the text never called one.
func TestRound29ProjectName(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"the Beacon Project", "Ion Cloud invested $5 million in the Beacon Project.",
			[]string{"investedIn(ion-cloud,beacon) amount=$5 million"}},
		{"the project after the Beacon Project", "Ion Cloud and Acme Telecom are the equity funders of the Beacon Project, a data-centre venture. Helix Wireless and Cobalt Mobile are technology partners of the project rather than equity funders.",
			[]string{"investedIn(ion-cloud,beacon)", "investedIn(acme-telecom,beacon)", "partnerOf(beacon,helix-wireless)", "partnerOf(beacon,cobalt-mobile)"}},
		{"near miss: a longer name after Project", "Ion Cloud invested $5 million in the Beacon Project Phase Two.",
			[]string{"investedIn(ion-cloud,beacon-project-phase-two) amount=$5 million"}},
		{"near miss: the project of a company never called one", "Ion Cloud and Acme Telecom are the equity funders of Beacon, a data-centre venture. Helix Wireless and Cobalt Mobile are technology partners of the project rather than equity funders.",
			[]string{"investedIn(ion-cloud,beacon)", "investedIn(acme-telecom,beacon)"}},
	})
}
