package extract_test

import "testing"

// TestNationKinNoun: "the German parent" and "the Swedish rival" are
// nationality descriptions of a company the text has named
// (coref_nation_kin.go); "the German unit" is not. "The Danish investor"
// and "the Norwegian fund" are, by what they do (helper z23blead).
func TestNationKinNoun(t *testing.T) {
	runNews(t, []newsCase{
		{"the parent by its nationality",
			"Omar Haddad previously ran the retail business of Acme Telecom. The German parent has backed the choice.",
			[]string{"headquarteredIn(acme-telecom,DE)"}},
		{"the rival by its nationality",
			"Reports that Acme Telecom had approached Lena Berg were denied. Berg remains chief executive of the Swedish rival.",
			[]string{"ceoOf(lena-berg,acme-telecom)", "headquarteredIn(acme-telecom,SE)"}},
		{"an investor by its nationality, founded and chaired",
			"For Polar Compute the purchase is the latest of many large bets. The Danish investor was founded in May 2021 by pension fund Borealis Networks and software group Granite Labs, and it is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,polar-compute)", "founded(polar-compute) date=2021-05", "headquarteredIn(polar-compute,DK)"}},
		{"a fund by its nationality",
			"Helix Wireless sold its towers to Polar Compute last year. Omar Haddad is chief executive of the Norwegian fund.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "headquarteredIn(polar-compute,NO)"}},
		{"a unit is a company of its own",
			"Omar Haddad previously ran the retail business of Acme Telecom. The German unit has backed the choice.",
			nil},
	})
}
