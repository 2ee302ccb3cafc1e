package extract_test

import "testing"

// TestNationKinNoun: "the German parent" and "the Swedish rival" are
// nationality descriptions of a company the text has named
// (coref_nation_kin.go); "the German unit" is not.
func TestNationKinNoun(t *testing.T) {
	runNews(t, []newsCase{
		{"the parent by its nationality",
			"Omar Haddad previously ran the retail business of Acme Telecom. The German parent has backed the choice.",
			[]string{"headquarteredIn(acme-telecom,DE)"}},
		{"the rival by its nationality",
			"Reports that Acme Telecom had approached Lena Berg were denied. Berg remains chief executive of the Swedish rival.",
			[]string{"ceoOf(lena-berg,acme-telecom)", "headquarteredIn(acme-telecom,SE)"}},
		{"a unit is a company of its own",
			"Omar Haddad previously ran the retail business of Acme Telecom. The German unit has backed the choice.",
			nil},
	})
}
