package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestDashAsideFacts: an aside set off by a pair of dashes states what the
// same aside between commas states, and does not hide the main clause's
// fact; the evidence quotes the dashes as written.
func TestDashAsideFacts(t *testing.T) {
	reg, err := facts.ReadRegister("dashes.yaml", []byte(`entities:
  orbis-mobile: {name: Orbis Mobile, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  vexa: {name: Vexa, type: company}
  lumen-labs: {name: Lumen Labs, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"a relative clause between em dashes",
			"Analysts downgraded Orbis Mobile — in which Kant Telecom holds 20% — after the results.",
			[]string{"investedIn(kant-telecom,orbis-mobile)"}, nil},
		{"a relative clause between closed-up en dashes",
			"Analysts downgraded Orbis Mobile–in which Kant Telecom holds 20%–after the results.",
			[]string{"investedIn(kant-telecom,orbis-mobile)"}, nil},
		{"an apposition between closed-up em dashes keeps the main verb's fact",
			"Vexa—the Danish operator—invested in Lumen Labs.",
			[]string{"investedIn(vexa,lumen-labs)", "headquarteredIn(vexa,DK)"}, nil},
		{"near miss: names joined by en dashes are no aside",
			"The Vexa–Lumen Labs and Orbis Mobile–Kant Telecom deals were signed.",
			nil, []string{"investedIn(kant-telecom,orbis-mobile)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
