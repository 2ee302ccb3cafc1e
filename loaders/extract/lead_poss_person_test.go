package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestLedByPossessivePerson: in "chaired by Y's P" or "led by Y's P" the
// person leads, not the company named in the possessive (possessed.go,
// the "Y, chaired by Z" rule).
func TestLedByPossessivePerson(t *testing.T) {
	reg, err := facts.ReadRegister("possperson.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  fibre-forum: {name: Fibre Forum, type: alliance}
  tomas-berg: {name: Tomas Berg, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"chaired by Y's P",
			"The Fibre Forum is chaired by Acme Telecom's Tomas Berg.",
			[]string{"chairmanOf(tomas-berg,fibre-forum)"}},
		{"led by Y's P: no company leads",
			"The Fibre Forum is led by Acme Telecom's Tomas Berg.",
			nil},
		{"led by Y: the company leads",
			"The Fibre Forum is led by Acme Telecom.",
			[]string{"ledBy(fibre-forum,acme-telecom)"}},
	})
}
