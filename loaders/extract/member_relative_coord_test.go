package extract_test

import "testing"

// TestMemberRelativeCoord: the second verb group of a relative clause
// shares its antecedent ("A, which builds radios and is a member of X,");
// a listicle's points of several sentences after a colon are read one by
// one, so one point's negation does not take back the next point's fact.
// Near misses: "whose" clauses, a negated second verb group, a roster of
// names after a colon (still one list).
func TestMemberRelativeCoord(t *testing.T) {
	m := []string{"memberOf(acme-telecom,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"which ... and is a member of", "Acme Telecom, which builds radios for rural towns and is a member of the Open Edge Alliance, stayed away.", m},
		{"which ... and also is a member of", "Acme Telecom, which sells cloud services and also is a member of the Open Edge Alliance, said nothing.", m},
		{"listicle points", "Three points stand out:\n- Borealis Networks is absent. Cobalt Mobile is not a member either.\n- Acme Telecom, which builds radios and is a member of the Open Edge Alliance, stayed away.\n- Granite Labs was never asked.", m},
		{"near miss: negated second verb group", "Acme Telecom, which builds radios and is not a member of the Open Edge Alliance, stayed away.", nil},
		{"roster after a colon stays one list", "The Open Edge Alliance has three founding members:\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
	})
}
