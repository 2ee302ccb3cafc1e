package extract_test

import "testing"

// TestHQLawNoCompany: a law named after a country's possessive is no
// company based there (mentions_law.go); a company in the same place is.
func TestHQLawNoCompany(t *testing.T) {
	runNews(t, []newsCase{
		{"N's <Name> Act: a law",
			"Much of the traffic data is covered by Finland's Network Security Act, and so are the records of its clients.",
			nil},
		{"the N's <Name> Directive: a law",
			"Brussels said Germany's Critical Services Directive would apply from next year.",
			nil},
		{"N's <Name>: a company, as before",
			"Much of the traffic runs through Finland's Helix Wireless, the largest carrier there.",
			[]string{"headquarteredIn(helix-wireless,FI)"}},
	})
}
