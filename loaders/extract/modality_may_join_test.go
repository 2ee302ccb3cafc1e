package extract_test

import "testing"

// TestMayJoinIsNoMembership covers memberships only guessed at ("may
// join", "could sign up"), which state nothing, and the plans and
// months that are still read.
func TestMayJoinIsNoMembership(t *testing.T) {
	runNews(t, []newsCase{
		{"relative clause: which may join", "Larch Networks, which may join the Radio Forum later, sent two engineers as guests.", nil},
		{"main clause: could sign up", "Ion Cloud could sign up to the Open Edge Alliance next year, a person familiar with the talks said.", nil},
		{"might become a member", "Polar Compute might become a member of the Radio Forum.", nil},

		// still read
		{"the month May is no modal", "Cobalt Mobile joined the Radio Forum in May.", []string{"memberOf(cobalt-mobile,radio-forum)"}},
		{"a joined member beside a guessed one", "Acme Telecom joined the Radio Forum on Monday; Ion Cloud may join later.", []string{"memberOf(acme-telecom,radio-forum) since=2025-06-09"}},
	})
}
