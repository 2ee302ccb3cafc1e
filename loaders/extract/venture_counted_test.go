package extract_test

import "testing"

// TestVentureCountedNamed covers a joint venture a counted group agreed to
// set up, its partners named as the next sentence's subject
// (venture_counted.go), and the near misses that name no partners.
func TestVentureCountedNamed(t *testing.T) {
	four := "jointVenture(acme-telecom,cobalt-mobile,helix-wireless,ion-cloud)"
	runNews(t, []newsCase{
		{"counted carriers, then their names",
			"OSLO, May 4 (Wire) - Four regional carriers agreed on Friday to form a joint venture that will run shared radio sites. " +
				"Acme Telecom, Ion Cloud, Cobalt Mobile and Helix Wireless signed the deal in Oslo.",
			[]string{four}},
		{"counted members of a group, a paragraph later",
			"Four members of the Open Edge Alliance have agreed to create a joint venture for edge computing.\n\n" +
				"Cobalt Mobile, Helix Wireless, Acme Telecom and Ion Cloud put their names to the contract on Tuesday.",
			[]string{four}},
		{"a list of another size is not the group",
			"Four regional carriers agreed on Friday to form a joint venture that will run shared radio sites. " +
				"Acme Telecom, Ion Cloud and Cobalt Mobile signed the deal in Oslo.",
			nil},
		{"a list two sentences later is not the group",
			"Four regional carriers agreed on Friday to form a joint venture that will run shared radio sites. " +
				"The sites will carry 5G first. " +
				"Acme Telecom, Ion Cloud, Cobalt Mobile and Helix Wireless signed the deal in Oslo.",
			nil},
		{"a group that did not agree",
			"Four regional carriers declined to form a joint venture to run shared radio sites. " +
				"Acme Telecom, Ion Cloud, Cobalt Mobile and Helix Wireless said the cost was too high.",
			nil},
	})
}
