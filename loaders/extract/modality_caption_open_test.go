package extract_test

import "testing"

// TestCaptionOpen: a caption's unbracketed placing ("From left,", "Left to
// right:") is no company leaving; near miss: a company that left.
func TestCaptionOpen(t *testing.T) {
	runNews(t, []newsCase{
		{"from left", "The Radio Forum held its first plenary in Oslo. From left, engineers of Acme Telecom and Helix Wireless, two of the founding members, sign the charter.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
		{"near miss: a company that left", "The Radio Forum held its first plenary in Oslo. Acme Telecom, which left the founding members' group, did not attend.", nil},
	})
}
