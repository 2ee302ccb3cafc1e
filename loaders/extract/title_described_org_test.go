package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestTitleOfDescribedOrg: a title "of" an organisation that a
// description introduces, with a nationality before it or "the" after it
// ("CEO of Danish vendor Vexa", "chair of industry body the Edge Radio
// Forum"), is a title of that organisation.
func TestTitleOfDescribedOrg(t *testing.T) {
	reg, err := facts.ReadRegister("titled.yaml", []byte(`entities:
  mara-lind: {name: Mara Lind, type: person}
  vexa: {name: Vexa, type: company}
  edge-radio-forum: {name: Edge Radio Forum, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"a nationality before the description",
			"Mara Lind, CEO of Danish vendor Vexa, spoke on Monday.",
			[]string{"ceoOf(mara-lind,vexa)", "headquarteredIn(vexa,DK)"}, nil},
		{"the after the description",
			"Mara Lind is the new chair of industry body the Edge Radio Forum.",
			[]string{"chairmanOf(mara-lind,edge-radio-forum)"}, nil},
		{"an acting chief of a described company",
			"Mara Lind, acting CEO of software company Vexa, spoke on Monday.",
			[]string{"ceoOf(mara-lind,vexa)"}, nil},
		{"near miss: a committee of the body",
			"Mara Lind is the chair of the audit committee of the Edge Radio Forum.",
			nil, []string{"chairmanOf(mara-lind,edge-radio-forum)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
