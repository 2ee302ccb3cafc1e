package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestNationalityOfTheBackedNotTheBacker: in "Y is one of the Chinese
// start-ups backed by A" the start-ups are Chinese and A backs Y; A gets no
// country from it (hq_appos_of.go, agentAfterNation; invest_backed_noun.go).
func TestNationalityOfTheBackedNotTheBacker(t *testing.T) {
	reg, err := facts.ReadRegister("agent.yaml", []byte(`entities:
  lumen-labs: {name: Lumen Labs, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  vexa: {name: Vexa, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"one of the N start-ups backed by A",
			"Lumen Labs is one of the Chinese start-ups backed by Kant Telecom.",
			[]string{"investedIn(kant-telecom,lumen-labs)"}, []string{"headquarteredIn(kant-telecom,CN)"}},
		{"N firms funded by A and B",
			"Lumen Labs is one of the Korean firms funded by Kant Telecom and Vexa.",
			[]string{"investedIn(kant-telecom,lumen-labs)", "investedIn(vexa,lumen-labs)"}, []string{"headquarteredIn(kant-telecom,KR)", "headquarteredIn(vexa,KR)"}},
		{"a negated predicate states nothing",
			"Lumen Labs is not a Chinese start-up backed by Kant Telecom.",
			nil, []string{"investedIn(kant-telecom,lumen-labs)", "headquarteredIn(kant-telecom,CN)"}},
		{"near miss: N operators such as A are A",
			"Kant Telecom signed deals with Danish operators such as Vexa.",
			[]string{"headquarteredIn(vexa,DK)"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
