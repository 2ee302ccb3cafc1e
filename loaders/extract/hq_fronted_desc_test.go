package extract_test

import "testing"

// TestFrontedDescription: a sentence opened by "A <nationality> <company
// noun> [founded in YEAR]," describes the name after the comma
// (hq_fronted_desc.go).
func TestFrontedDescription(t *testing.T) {
	runNews(t, []newsCase{
		{"A N company, X",
			"A Danish company, Polar Compute rents graphics processors to carriers.",
			[]string{"headquarteredIn(polar-compute,DK)"}},
		{"A N provider launched in YEAR, X",
			"A Norwegian cloud provider launched in 2022, Ion Cloud now runs three data centres.",
			[]string{"founded(ion-cloud) date=2022", "headquarteredIn(ion-cloud,NO)"}},
		{"near miss: a list after the description",
			"A Danish company, Polar Compute and Ion Cloud compete for the contract.",
			nil},
		{"near miss: a unit of another company",
			"A unit of Acme Telecom, Polar Compute rents graphics processors.",
			nil},
	})
}
