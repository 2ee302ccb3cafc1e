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

// TestRound29ThreeNamedParties: three or four companies named in a list
// that signed or announced a partnership are each other's partners, as
// "the three companies" were (dev15: "SoftBank Group Corp. (...), SoftBank
// Corp. (...) and OpenAI today announced a partnership to develop"). The
// list is joined by "and" before its last item. Near misses: three that
// formed an alliance; a comma that is no coordination.
func TestRound29ThreeNamedParties(t *testing.T) {
	reg := mustRegister(t, "round29.yaml", round29Register)
	runNewsWith(t, reg, []newsCase{
		{"A, B and C announced a partnership", "Ion Cloud, Acme Telecom and Polar Compute today announced a partnership to develop and market an enterprise AI.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)", "partnerOf(ion-cloud,polar-compute)"}},
		{"with defined short names", `TOKYO, February 3, 2025 - Ion Cloud Corp. ("Ion"), Acme Telecom Corp. ("Acme") and Polar Compute signed a capital and business alliance.`,
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(acme-telecom,polar-compute)", "partnerOf(ion-cloud,polar-compute)"}},
		{"near miss: three formed an alliance", "Ion Cloud, Acme Telecom and Polar Compute formed an alliance on Tuesday.", nil},
		{"near miss: a comma before the subject", "At the fair in Oslo, Ion Cloud signed a partnership.", nil},
	})
}
