package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestInvestmentsInclude: "A's investments include B and C" lists A's
// holdings, as "A's portfolio includes" does (families2.go, famInclude); a
// planned investment and customers are no holdings.
func TestInvestmentsInclude(t *testing.T) {
	reg, err := facts.ReadRegister("portfolio.yaml", []byte(`entities:
  lumen-labs: {name: Lumen Labs, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  vexa: {name: Vexa, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"investments include a list",
			"Kant Telecom's investments include Lumen Labs and Vexa.",
			[]string{"investedIn(kant-telecom,lumen-labs)", "investedIn(kant-telecom,vexa)"}, nil},
		{"near miss: planned investments",
			"Kant Telecom's planned investments include Lumen Labs.",
			nil, []string{"investedIn(kant-telecom,lumen-labs)"}},
		{"near miss: customers",
			"Kant Telecom's customers include Lumen Labs.",
			nil, []string{"investedIn(kant-telecom,lumen-labs)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
