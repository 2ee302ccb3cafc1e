package extract_test

import "testing"

// TestRosterNoteBare: a note between a roster noun and its colon ("as of
// June 2024", "(June 2024)") parts them only when the lead-in names its
// group; a bare lead-in with a note names no founders of the group an
// earlier paragraph discussed.
func TestRosterNoteBare(t *testing.T) {
	runNews(t, []newsCase{
		{"bare lead-in with an as-of note",
			"The Open Edge Alliance publishes specifications for edge servers.\n\nVendors are racing to ship edge software. The founding members, as of June 2024: Acme Telecom, Cobalt Mobile and Helix Wireless.",
			nil},
		{"bare lead-in with a bracketed date",
			"The Open Edge Alliance publishes specifications for edge servers.\n\nThe founding companies (June 2024): Acme Telecom, Cobalt Mobile and Helix Wireless.",
			nil},
		{"the lead-in names its group",
			"Vendors are racing to ship edge software.\n\nOpen Edge Alliance founding members, as of June 2024: Acme Telecom, Cobalt Mobile and Helix Wireless.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)"}},
	})
}
