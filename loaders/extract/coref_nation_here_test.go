package extract_test

import "testing"

// TestNationHere: a nationality description is not the company its own
// sentence has just given another country in an apposition
// (coref_nation_here.go); with no country given, it still is.
func TestNationHere(t *testing.T) {
	runNews(t, []newsCase{
		{"another country in an apposition",
			"Acme Telecom, South Korea's largest carrier, will supply models, while the Singaporean group will supply data.",
			[]string{"headquarteredIn(acme-telecom,KR)"}},

		// the description is still the sentence's company when nothing contradicts it
		{"no country given",
			"Acme Telecom will supply models, and the Singaporean group will also supply data.",
			[]string{"headquarteredIn(acme-telecom,SG)"}},
		{"the same country",
			"Acme Telecom, Singapore's largest carrier, said the Singaporean group would grow.",
			[]string{"headquarteredIn(acme-telecom,SG)"}},
	})
}
