package extract_test

import "testing"

// TestCountedApposedSubject: a counted plural subject with the names in
// apposition ("Two energy groups, A and B, have agreed") has the names as
// its subject.
func TestCountedApposedSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"a counted plural with the names after it",
			"Two energy groups, Polar Compute and Helix Wireless, have agreed to work with Acme Telecom on supplying power.",
			[]string{"partnerOf(acme-telecom,polar-compute) modality=planned", "partnerOf(acme-telecom,helix-wireless) modality=planned"}},
		{"the two companies, A and B,",
			"The two companies, Polar Compute and Helix Wireless, joined the Radio Forum.",
			[]string{"memberOf(helix-wireless,radio-forum)", "memberOf(polar-compute,radio-forum)"}},
		{"a relative clause between the commas is no apposition",
			"Two energy groups, which Polar Compute owns, joined the Radio Forum.",
			nil},
	})
}
