package extract_test

import "testing"

// TestFoundYearShapes: a founding year told by an apposition ("a 2023
// start-up"), a possessive founding noun or an idiom of existence.
func TestFoundYearShapes(t *testing.T) {
	runNews(t, []newsCase{
		{"a year before the head of an apposition",
			"Granite Labs, a 2021 start-up, sells radio software to Acme Telecom.",
			[]string{"founded(granite-labs) date=2021"}},
		{"a year-founded compound",
			"Granite Labs, the 2019-founded spin-off, sells radio software.",
			[]string{"founded(granite-labs) date=2019"}},
		{"a year before a noun that is no organisation",
			"Granite Labs, a 2021 report said, sells radio software.",
			nil},
		{"a possessive founding noun",
			"Granite Labs's founding in 2018 was backed by two carriers.",
			[]string{"founded(granite-labs) date=2018"}},
		{"a possessive launch is a product's",
			"Granite Labs's launch in 2018 of a radio unit surprised rivals.",
			nil},
		{"existed since",
			"Granite Labs has existed since 2016 and employs 80 people.",
			[]string{"founded(granite-labs) date=2016"}},
		{"opened for business",
			"Granite Labs opened for business in 2016 in Oslo.",
			[]string{"founded(granite-labs) date=2016"}},
	})
}
