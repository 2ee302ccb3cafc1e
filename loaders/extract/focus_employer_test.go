package extract_test

import "testing"

// TestFocusEmployer: a group named only as a speaker's employer does not
// take the focus from the group the article is about, and a sentence that
// founds one of two groups it names puts the founded one in focus; "one
// of the founders" is a class of that group, not the last list. Near
// misses: the employer group in focus when no other group is, a lone
// later joiner.
func TestFocusEmployer(t *testing.T) {
	runNews(t, []newsCase{
		{"employer in a quote attribution", "The Radio Forum on Tuesday unveiled the Open Edge Alliance, a body it will host. Acme Telecom and Borealis Networks were the first to sign up. \"Radios need open software,\" said Maria Lind, executive director of the Radio Forum. Borealis Networks, one of the founders, said it would publish its code.",
			[]string{"founded(open-edge-alliance) date=2025-06-10", "foundingMember(borealis-networks,open-edge-alliance)", "memberOf(acme-telecom,open-edge-alliance)"}},
		{"one of the founders after a newcomer list", "The Open Edge Alliance used the trade show to add members. Helix Wireless and Ion Cloud were among the newcomers. Acme Telecom, one of the founders, showed a radio unit.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "memberOf(helix-wireless,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},
		{"near miss: the employer is the only group", "\"Radios need open software,\" said Maria Lind, executive director of the Radio Forum. Borealis Networks, one of the founders, said it would publish its code.",
			[]string{"foundingMember(borealis-networks,radio-forum)"}},
	})
}
