package extract_test

import "testing"

// TestNeverNames: a count after a dateline, a region, and a hyphenated
// technology adjective are never organisations, wherever they stand.
func TestNeverNames(t *testing.T) {
	runNews(t, []newsCase{
		{"a count after a dateline",
			"OSLO, June 28 - Seven more operators have joined the Radio Forum, the group said on Thursday.",
			nil},
		{"a region",
			"Acme Telecom has joined the Radio Forum, the first operator from Southeast Asia to sign up.",
			[]string{"memberOf(acme-telecom,radio-forum)"}},
		{"a lower-case technology compound",
			"Acme Telecom invested in virtualized-RAN software company Granite Labs in 2019.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2019"}},
		{"a name that starts in lower case with a capital inside stays one",
			"Acme Telecom joined the xRAN Forum in 2017.",
			[]string{"memberOf(acme-telecom,xran-forum) since=2017"}},
	})
}
