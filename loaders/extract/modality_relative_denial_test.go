package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestRelativeDenial: a relative clause on a subject that denies the
// role ("which is not an owner") takes the fact back for that subject;
// the other subjects of the sentence keep theirs.
func TestRelativeDenial(t *testing.T) {
	reg, err := facts.ReadRegister("reldenial.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-ai: {name: Ion AI, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	checkFacts(t, reg, []factCase{ // coref_fronted_test.go
		{"a relative clause denies the stake",
			"Acme Telecom invested in Ion AI alongside Cobalt Mobile, which is not a shareholder of record.",
			[]string{"investedIn(acme-telecom,ion-ai)"}, []string{"investedIn(cobalt-mobile,ion-ai)"}},
		{"near miss: a relative clause that denies something else",
			"Acme Telecom invested in Ion AI alongside Cobalt Mobile, which is not a newcomer to AI.",
			[]string{"investedIn(acme-telecom,ion-ai)", "investedIn(cobalt-mobile,ion-ai)"}, nil},
	})
}
