package extract_test

import (
	"testing"
)

// round34Register holds round 34's fictional companies, groups and people.
const round34Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  project-fjord: {name: Project Fjord, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  jane-park: {name: Jane Park, type: person}
`

// TestRound34ApposedGroupDescription: "a telco cloud group" in apposition
// to a project the register knows as a company describes that project; it
// is no new alliance to be named later, so its founders are not the next
// group's (dev16). Near miss: apposed to a group, the description is that
// group and its founders are read.
func TestRound34ApposedGroupDescription(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"a project described as a group", "Project Fjord, a new telco group formed by Acme Telecom and Cobalt Mobile, moved to the Radio Forum in May.",
			[]string{"founded(project-fjord)"}},
		{"near miss: a group described as a group", "The Open Edge Alliance, a new industry group formed by Acme Telecom and Cobalt Mobile, met the Radio Forum in May.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
	})
}

// TestRound34ParticipleGap: a present participle after a comma opens a
// clause, so "A put $40 million into Y, joining B and C" makes no
// investee of B and C (probing investment shapes). Near miss: a
// description between list items ("Y, chip packaging specialist B and
// C") still joins a list.
func TestRound34ParticipleGap(t *testing.T) {
	reg := mustRegister(t, "round34.yaml", round34Register)
	runNewsWith(t, reg, []newsCase{
		{"joining co-investors", "Acme Telecom put $40 million into Polar Compute, joining Ion Cloud and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$40 million"}},
		{"following an investor", "Acme Telecom invested $40 million in Polar Compute, following Ion Cloud.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$40 million"}},
		{"near miss: a list with a description", "Acme Telecom invested in Polar Compute, networking start-up Ion Cloud and Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(acme-telecom,ion-cloud)", "investedIn(acme-telecom,polar-compute)"}},
	})
}
