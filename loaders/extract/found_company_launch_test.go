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

		{"the launch of Y in Year", "The launch of Granite Labs in 2023 gave Acme Telecom a cloud arm.",
			[]string{"founded(granite-labs) date=2023"}},
		{"announced the launch of Y, a research unit", "Acme Telecom today announced the launch of Granite Labs, a research unit.",
			[]string{"founded(granite-labs) date=2025-06-12"}},

		// near misses
		{"the launch of Y, a joint venture: the venture's fact", "Acme Telecom and Helix Wireless today announced the launch of Granite Labs, a joint venture for towers.",
			[]string{"jointVenture(acme-telecom,helix-wireless)"}},
		{"A launched Y: a product as often as a company", "Acme Telecom launched Granite Labs in May.", nil},
		{"a product launched in a relative clause", "The phone, which Acme Telecom launched in May, sells well.", nil},
		{"an undated launch in a relative clause", "Granite Labs, which Acme Telecom launched with Ion Cloud, sells chips.", nil},
		{"did not launch", "Granite Labs, which Acme Telecom did not launch, sells chips.", nil},
	})
}
