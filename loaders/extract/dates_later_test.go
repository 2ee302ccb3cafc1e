package extract_test

import "testing"

// TestDatesLater: "a year later" counts from the date before it in the
// same sentence (dates_later.go); with no date before it, it dates
// nothing. The article date is 2025-06-12.
func TestDatesLater(t *testing.T) {
	runNews(t, []newsCase{
		{"a year later than the founding", "The Radio Forum was founded in 2019 by Acme Telecom and Cobalt Mobile; Granite Labs joined a year later.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)",
				"memberOf(granite-labs,radio-forum) since=2020"}},
		{"two years later", "The Radio Forum was founded in 2019 by Acme Telecom and Cobalt Mobile; Granite Labs joined two years later.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)",
				"memberOf(granite-labs,radio-forum) since=2021"}},
		{"near miss: nothing to count from", "Granite Labs joined the Radio Forum a year later.",
			[]string{"memberOf(granite-labs,radio-forum)"}},
	})
}
