package extract_test

import "testing"

// TestFoundCompanyLaunchedRelative: "Y, which A launched in May 2025"
// founds company Y (found_company.go); launching an object stays a
// product as often as a company and states nothing.
func TestFoundCompanyLaunchedRelative(t *testing.T) {
	runNews(t, []newsCase{
		{"Y, which A launched in Month Year", "Granite Labs, which Acme Telecom launched in May 2025, will supply models to banks.",
			[]string{"founded(granite-labs) date=2025-05"}},
		{"Y, which A launched last year", "Ion Cloud, which Helix Wireless launched last year, rents out servers.",
			[]string{"founded(ion-cloud) date=2024"}},

		// near misses
		{"A launched Y: a product as often as a company", "Acme Telecom launched Granite Labs in May.", nil},
		{"a product launched in a relative clause", "The phone, which Acme Telecom launched in May, sells well.", nil},
		{"an undated launch in a relative clause", "Granite Labs, which Acme Telecom launched with Ion Cloud, sells chips.", nil},
		{"did not launch", "Granite Labs, which Acme Telecom did not launch, sells chips.", nil},
	})
}
