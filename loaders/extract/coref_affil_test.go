package extract_test

import "testing"

// TestAffiliationSubject: "P of X is its chairman" names where P comes
// from; "its" refers past X to what the text is about.
func TestAffiliationSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"an alliance's chairman from a member company",
			"The Radio Forum publishes test plans for operators. Jane Park of Acme Telecom is its chairman.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"a company's chairman from another company",
			"Granite Labs makes radio chips for operators. Omar Haddad of Borealis Networks is its chairman.",
			[]string{"chairmanOf(omar-haddad,granite-labs)"}},
		{"no affiliation: its is the sentence's company",
			"Granite Labs makes radio chips for operators, and Omar Haddad is its chairman.",
			[]string{"chairmanOf(omar-haddad,granite-labs)"}},
	})
}
