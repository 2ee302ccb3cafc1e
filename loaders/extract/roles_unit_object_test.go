package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestUnitTitleIsNoParentTitle: the chief of a unit, a regional
// subsidiary or a joint venture named by its parents is not the chief of
// the parent (roles_unit_object.go); the parent's own chief still is.
func TestUnitTitleIsNoParentTitle(t *testing.T) {
	reg, err := facts.ReadRegister("unit.yaml", []byte(`entities:
  orbis-mobile: {name: Orbis Mobile, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  mira-lund: {name: Mira Lund, type: person}
  tomas-berg: {name: Tomas Berg, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"a venture named by its two parents, hyphenated",
			"Mira Lund, chief executive of the Orbis Mobile-Kant Telecom venture, opened the summit.",
			nil, []string{"ceoOf(mira-lund,orbis-mobile)", "ceoOf(mira-lund,kant-telecom)"}},
		{"a venture named by its two parents, coordinated",
			"Mira Lund, CEO of the Orbis Mobile and Kant Telecom joint venture, opened the summit.",
			nil, []string{"ceoOf(mira-lund,orbis-mobile)", "ceoOf(mira-lund,kant-telecom)"}},
		{"a regional subsidiary",
			"Tomas Berg, chief executive of Kant Telecom Americas, said the network was ready.",
			nil, []string{"ceoOf(tomas-berg,kant-telecom)"}},
		{"a parent's possessive and a nationality before the unit",
			"Tomas Berg, chief executive of Kant Telecom's Danish joint venture, said it was ready.",
			nil, []string{"ceoOf(tomas-berg,kant-telecom)"}},
		{"near miss: the parent's own chief",
			"Tomas Berg, chief executive of Kant Telecom, said the venture was ready.",
			[]string{"ceoOf(tomas-berg,kant-telecom)"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
