package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestDeniedGroupTakesNoImpliedMembers: a group the text named only to
// deny a membership in it takes no "A and B are members" that names no
// group; naming it again in a plain sentence gives it back
// (focus_denied.go).
func TestDeniedGroupTakesNoImpliedMembers(t *testing.T) {
	reg, err := facts.ReadRegister("apart.yaml", []byte(`entities:
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	const intro = "The Open Edge Alliance has 200 members. "
	runNewsWith(t, reg, []newsCase{
		{"we have not joined it, then members",
			intro + "Is the Radio Forum part of the alliance? No. We work with the Radio Forum, but we have not joined it. Acme Telecom and Borealis Networks are members.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(borealis-networks,open-edge-alliance)"}},
		{"a third party is not a member of it, then a member",
			intro + "Does the Radio Forum belong to the alliance? No. Cobalt Mobile is not a member of the Radio Forum either. Acme Telecom is a member.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)"}},
		{"near miss: the group named again in a plain sentence",
			intro + "Cobalt Mobile is not a member of the Radio Forum. The Radio Forum was set up in 2020. Acme Telecom and Borealis Networks are members.",
			[]string{"founded(radio-forum) date=2020", "memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)"}},
	})
}
