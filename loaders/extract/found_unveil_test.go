package extract_test

import "testing"

// TestUnveilNew: unveiling or launching a name founds it only when an
// apposition right after the name tells it as a new organisation. The
// article date is 2025-06-12.
func TestUnveilNew(t *testing.T) {
	runNews(t, []newsCase{
		{"unveiled Y, a research lab",
			"Acme Telecom on Monday unveiled Granite Labs, a non-profit artificial intelligence research laboratory in Lyon.",
			[]string{"founded(granite-labs) date=2025-06-09"}},
		{"launched Y, a wholly owned subsidiary",
			"Borealis Networks launched Ion Cloud, a new wholly owned subsidiary for sovereign cloud services.",
			[]string{"founded(ion-cloud)"}},
		{"a product after the comma founds nothing",
			"Acme Telecom on Monday unveiled Granite Labs, a family of open language models.",
			nil},
		{"no apposition: a launch alone founds nothing",
			"Borealis Networks launched Ion Cloud in March.",
			nil},
		{"a person set up the company",
			"Granite Labs designs radio chips. Omar Haddad set up the company in 2019 with Jane Park.",
			[]string{"founded(granite-labs) date=2019", "foundedBy(granite-labs,jane-park)", "foundedBy(granite-labs,omar-haddad)"}},
		{"a company setting up the company is no person's founding",
			"Granite Labs designs radio chips. Acme Telecom set up the company in 2019.",
			nil},
		{"a definite description is not told as new",
			"Borealis Networks launched Ion Cloud, the cloud unit it set up in 2019, in ten more countries.",
			// no founding by "launched Ion Cloud"; the apposition's relative
			// clause dates it (found_named.go)
			[]string{"founded(ion-cloud) date=2019"}},
	})
}
