package extract_test

import "testing"

// TestApposedDescriptions: a nationality description in apposition to a
// name describes that name - an unknown one too, so it is no company named
// before it - and a plural noun after a comma is no apposition to one
// name.
func TestApposedDescriptions(t *testing.T) {
	runNews(t, []newsCase{
		{"apposed to an unknown name, even after its bracketed short form",
			"Acme Telecom will invest in Nordlys Data Centres (NDC), the Norwegian operator owned by Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,nordlys-data-centres) modality=planned"}},
		{"a city before the comma is no name described",
			"Acme Telecom opened a research lab in Oslo, the Norwegian operator said on Monday.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"a plural after a comma is no apposition",
			"With the Radio Forum's test plans, German companies can certify radios faster.",
			nil},
		{"a singular apposition still is one",
			"Granite Labs, the French technology business, joined the Radio Forum.",
			[]string{"headquarteredIn(granite-labs,FR)", "memberOf(granite-labs,radio-forum)"}},
	})
}
