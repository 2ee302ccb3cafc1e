package extract_test

import "testing"

// TestFoundProfileLongNoun: "X is a <long description> company founded in
// DATE", the description up to eight words with a country and a
// coordination in it (restate.go copulaPartRE).
func TestFoundProfileLongNoun(t *testing.T) {
	runNews(t, []newsCase{
		{"X is a <seven-word description> founded in MONTH YEAR",
			"Polar Compute is a US edge cloud hosting and data services company founded in March 2019.",
			[]string{"founded(polar-compute) date=2019-03"}},
		{"near miss: X is a company that A founded (a relative clause of its own)",
			"Polar Compute is the edge cloud hosting and data services venture Acme Telecom and Ion Cloud set up in March 2019.",
			nil},
	})
}
