package extract_test

import "testing"

// TestSoleListedGroup: a group joined by "and" to a company before it is
// one more item of the list, not the owner of the roster the list is on.
func TestSoleListedGroup(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a group as the last item of a participants' list",
			"Academic and research groups such as Cobalt Mobile and the Nordic Radio Forum are also active participants.",
			nil},
		{"a group as the last item of a members' list",
			"Acme Telecom, Kestrel Network and the Nordic Radio Forum are also members.",
			nil},
		{"near miss: the group after the verb owns the roster",
			"Acme Telecom and Cobalt Mobile are also active participants in the Nordic Radio Forum.",
			[]string{"memberOf(acme-telecom,nordic-radio-forum)", "memberOf(cobalt-mobile,nordic-radio-forum)"}},
	})
}
