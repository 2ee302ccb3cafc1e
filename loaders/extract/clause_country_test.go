package extract_test

import "testing"

// TestCountryPossessiveBeforeName: "Norway's Acme Telecom" is one noun
// phrase for argument roles, and its country is still read.
func TestCountryPossessiveBeforeName(t *testing.T) {
	runNews(t, []newsCase{
		{"a passive's agent",
			"Granite Labs is controlled by Norway's Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs)", "headquarteredIn(acme-telecom,NO)"}},
		{"a with-phrase",
			"Acme Telecom formed a joint venture with Finland's Cobalt Mobile.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile)", "headquarteredIn(cobalt-mobile,FI)"}},
		{"a country's possessive before a noun stays a country",
			"Granite Labs is controlled by Norway's sovereign fund.",
			nil},
	})
}
