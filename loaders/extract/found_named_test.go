package extract_test

import "testing"

// TestFoundNamed: a company founded through a description - a relative
// clause on an apposed description, or a naming participle after the
// founding verb's object (found_named.go) - and the near misses.
func TestFoundNamed(t *testing.T) {
	runNews(t, []newsCase{
		{"X, the firm that P founded in YEAR",
			"The routers came from Granite Labs, the Oslo chip firm that Jane Park founded in 2014 and that Acme Telecom bought last year.",
			[]string{"founded(granite-labs) date=2014", "foundedBy(granite-labs,jane-park)"}},
		{"X, a start-up which P set up in YEAR",
			"Ion Cloud, a start-up which Omar Haddad set up in 2020, rents out graphics processors.",
			[]string{"founded(ion-cloud) date=2020", "foundedBy(ion-cloud,omar-haddad)"}},
		{"X, the company it set up in YEAR (no relative pronoun)",
			"Acme Telecom sells phones, and the group is weighing options for Ion Cloud, the tower company it set up in 2022.",
			[]string{"founded(ion-cloud) date=2022"}},
		{"X, the company A launched in YEAR (a dated launch)",
			"Twelve carriers have paid in their capital for Polar Compute, the network-API company Acme Telecom launched in September 2024.",
			[]string{"founded(polar-compute) date=2024-09"}},
		{"near miss: an undated launch",
			"Twelve carriers have paid in their capital for Polar Compute, the network-API company Acme Telecom launched.",
			nil},
		{"The <description>, which P founded in YEAR, opening the sentence",
			"Helix Wireless sells radio software. The software company, which Jane Park founded in 2016, is based in Tartu, Estonia.",
			[]string{"founded(helix-wireless) date=2016", "headquarteredIn(helix-wireless,EE)", "foundedBy(helix-wireless,jane-park)"}},
		{"near miss: a description after the opening names something else",
			"Helix Wireless sells radio software. Jane Park said the software company, which Omar Haddad founded in 2016, grew.",
			nil},
		{"P founded a firm called X in YEAR",
			"Lena Berg, who had earlier founded a consulting firm called Polar Compute in 2009, now runs a fund.",
			[]string{"founded(polar-compute) date=2009", "foundedBy(polar-compute,lena-berg)"}},
		{"set up a company named X",
			"In 2018 Jane Park set up a company named Larch Networks.",
			[]string{"founded(larch-networks) date=2018", "foundedBy(larch-networks,jane-park)"}},
		{"near miss: a product called X",
			"Jane Park built a product called Larch Networks in 2018.",
			nil},
		{"near miss: the description's relative clause tells a purchase",
			"The routers came from Granite Labs, the Oslo chip firm that Acme Telecom bought in 2014.",
			nil},
		{"near miss: a list whose first item has a possessive apposition founds the verb's object, not that item",
			"Acme Telecom, its fibre arm Ion Cloud, Borealis Networks and Kestrel Telecom set up the vehicle in March 2023; Helix Wireless joined a year later.",
			nil},
		{"near miss: the same list founding a description with a date after it",
			"Granite Labs, its research unit Polar Compute and Larch Networks formed the consortium last year.",
			nil},
		{"near miss: a launch of a named start-up",
			"Jane Park launched a start-up called Larch Networks in 2018.",
			nil},
	})
}
