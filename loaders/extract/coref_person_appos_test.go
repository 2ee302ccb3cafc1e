package extract_test

import "testing"

// TestPersonApposedNationality covers a possessive nationality
// description in apposition to a person (coref_person_appos.go): "P, the
// Danish operator's chief executive, said" gives P's title at the Danish
// operator named before, and the operator's country. Near miss: the same
// description after a company's name describes its owner and resolves to
// nothing there (possAppos).
func TestPersonApposedNationality(t *testing.T) {
	reg := mustRegister(t, "personappos.yaml", `entities:
  jutland-telecom: {name: Jutland Telecom, type: company}
  jutland-ventures: {name: Jutland Ventures, type: company}
  mette-dahl: {name: Mette Dahl, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a person's apposition",
			"Jutland Telecom will switch off its 3G network in May. Mette Dahl, the Danish operator's chief executive, said the spectrum would go to 5G.",
			[]string{"ceoOf(mette-dahl,jutland-telecom)", "headquarteredIn(jutland-telecom,DK)"}},

		// near miss
		{"a company's apposition names its owner",
			"Jutland Telecom will switch off its 3G network in May. Jutland Ventures, the Danish operator's investment arm, will fund two start-ups.",
			nil},
	})
}
