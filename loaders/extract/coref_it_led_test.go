package extract_test

import "testing"

// TestItLedGroup: the object "it" of a leading verb is the group the
// sentence named before the clause, not the company named last.
func TestItLedGroup(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a chair after a founding list",
			"The Stratos Alliance was set up in March by Acme Telecom and Cobalt Mobile; Kestrel Network's Anna Brückner chairs it.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)", "founded(stratos-alliance)",
				"foundingMember(acme-telecom,stratos-alliance)", "foundingMember(cobalt-mobile,stratos-alliance)"}},
		{"near miss: no group before the clause",
			"Acme Telecom sold its fibre arm to Cobalt Mobile; Kestrel Network's Anna Brückner will run it.",
			nil},
	})
}
