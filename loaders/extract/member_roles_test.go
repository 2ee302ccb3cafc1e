package extract_test

import "testing"

// TestNonMemberRoles: joining a group as a sponsor, an observer or an
// adviser makes no member, also in a clause after a roster; a founding
// tier of sponsors does.
func TestNonMemberRoles(t *testing.T) {
	runNews(t, []newsCase{
		{"a sponsor after the founding roster",
			"Acme Telecom and Cobalt Mobile are founding members of the Radio Forum, and Granite Labs joined as a sponsor.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"an adviser",
			"Granite Labs joined the Radio Forum as its technology adviser in May.",
			nil},
		{"a supplier",
			"Granite Labs joined the Radio Forum as a supplier of test gear.",
			nil},
		{"a founding tier of sponsors",
			"Granite Labs signed up as a founding sponsor of the Radio Forum.",
			[]string{"foundingMember(granite-labs,radio-forum)"}},
	})
}
