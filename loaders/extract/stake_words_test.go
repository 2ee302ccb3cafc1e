package extract_test

import "testing"

// TestStakeWords: a share written as one hyphenated word ("15-percent",
// "20-per-cent") is a number, not a name, and a floating quantifier
// between the subject and the verb ("A and B each will take") keeps the
// subject.
func TestStakeWords(t *testing.T) {
	reg := fundingRegister(t) // amount_compact_test.go
	tests := []factCase{
		{"a hyphenated percent",
			"Fjord Capital took a 15-percent stake in Kestrel AI.",
			[]string{"investedIn(fjord-capital,kestrel-ai)"}, nil},
		{"a hyphenated per cent",
			"Birch Ventures acquired a 20-per-cent stake in Kestrel AI.",
			[]string{"investedIn(birch-ventures,kestrel-ai)"}, nil},
		{"each before the auxiliary",
			"Fjord Capital and Birch Ventures each will take a 10% stake in Kestrel AI.",
			[]string{"investedIn(fjord-capital,kestrel-ai) modality=planned", "investedIn(birch-ventures,kestrel-ai) modality=planned"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
