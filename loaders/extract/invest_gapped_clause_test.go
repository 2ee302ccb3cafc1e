package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestGappedStakeClause: "A has a 40% stake in Y, B has 34%": the second
// clause leaves Y out, so B holds a share of Y, and B is no holding of A
// (invest_gapped.go).
func TestGappedStakeClause(t *testing.T) {
	reg, err := facts.ReadRegister("gapped.yaml", []byte(`entities:
  lumen-labs: {name: Lumen Labs, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  vexa: {name: Vexa, type: company}
  orbis-mobile: {name: Orbis Mobile, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"asyndetic second clause with 'has'",
			"Kant Telecom has a 40% stake in Lumen Labs, Vexa has 34% and Orbis Mobile holds the remaining 26%.",
			[]string{"investedIn(kant-telecom,lumen-labs)", "investedIn(vexa,lumen-labs)", "investedIn(orbis-mobile,lumen-labs)"},
			[]string{"investedIn(kant-telecom,vexa)"}},
		{"a second clause after 'and'",
			"Kant Telecom has a 40% stake in Lumen Labs, and Vexa has 34%.",
			[]string{"investedIn(kant-telecom,lumen-labs)", "investedIn(vexa,lumen-labs)"}, nil},
		{"near miss: the second holder's share of another company",
			"Kant Telecom has a 40% stake in Lumen Labs, and Vexa has 34% of Orbis Mobile.",
			[]string{"investedIn(kant-telecom,lumen-labs)"}, []string{"investedIn(vexa,lumen-labs)"}},
		{"near miss: a denial",
			"Kant Telecom has a 40% stake in Lumen Labs, and Vexa has no stake.",
			[]string{"investedIn(kant-telecom,lumen-labs)"}, []string{"investedIn(vexa,lumen-labs)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
