package extract_test

import "testing"

// TestLeadAcrossRelative: the subject of a lead verb across a whole
// relative clause ("A, which set up X ..., still steers the project")
// (lead_relative.go), and the near misses: an object that is no group, a
// person as antecedent, an antecedent inside a list, a verb the shape
// does not read ("runs").
func TestLeadAcrossRelative(t *testing.T) {
	runNews(t, []newsCase{
		{"steers the group across a relative clause", "Cobalt Mobile, which joined the Radio Forum in 2019 with Ion Cloud, still steers the forum through its board.",
			[]string{"ledBy(radio-forum,cobalt-mobile)", "memberOf(cobalt-mobile,radio-forum) since=2019"}},
		{"steers the alliance, named by a description, across a relative clause", "Acme Telecom, which hosts the Open Edge Alliance's secretariat, also steers the alliance.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"near miss: the object is a company", "Cobalt Mobile, which joined the Radio Forum in 2019, still leads Ion Cloud in sales.",
			[]string{"memberOf(cobalt-mobile,radio-forum) since=2019"}},
		{"near miss: runs", "Cobalt Mobile, which joined the Radio Forum in 2019, still runs the forum's test lab.",
			[]string{"memberOf(cobalt-mobile,radio-forum) since=2019"}},
		{"near miss: a list as antecedent", "Cobalt Mobile and Ion Cloud, which joined the Radio Forum in 2019, steer the forum.",
			[]string{"memberOf(cobalt-mobile,radio-forum) since=2019", "memberOf(ion-cloud,radio-forum) since=2019"}},
	})
}
