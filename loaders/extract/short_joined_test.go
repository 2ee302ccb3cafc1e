package extract_test

import "testing"

// TestJoinedShortForm: a group's short form after "joined" or "a member
// of" names the group before the article writes its full name; elsewhere
// it waits for the full name (it may be the technology).
func TestJoinedShortForm(t *testing.T) {
	reg := mustRegister(t, "short.yaml", `entities:
  o-ran-alliance: {name: O-RAN Alliance, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"joined the short form",
			"Acme Telecom, which joined O-RAN in 2020, also works with other vendors on radios.",
			[]string{"memberOf(acme-telecom,o-ran-alliance) since=2020"}},
		{"the technology is no group",
			"Acme Telecom deployed O-RAN radios in 2020.",
			nil},
	})
}
