package extract_test

import "testing"

// TestItsOwnClause: "its" before a title later in a sentence is the
// subject of its own clause, not the sentence's first company
// (coref_its_clause.go).
func TestItsOwnClause(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"a clause after ', and' with a sentential apposition",
			"Acme Telecom signed up first, and in May Kestrel Network joined, a step its chief executive Anna Brückner linked to pricing.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"a gapped verb",
			"Acme Telecom sent its chief executive Tomas Berg, and Kestrel Network its group chief executive Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "ceoOf(tomas-berg,acme-telecom)"}},
		{"led by its chief executive in an apposition",
			"Cobalt Mobile has a stake in Kestrel Network, the network software maker led by its chief executive Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "investedIn(cobalt-mobile,kestrel-network)"}},
		{"a described subject no mention resolved leaves 'its' alone",
			"Cobalt Mobile is run by Tomas Berg, while the holding itself is led by its chief executive Anna Brückner.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: the first clause's 'its' stays the subject's",
			"Acme Telecom said its chief executive Tomas Berg would visit Kestrel Network.",
			[]string{"ceoOf(tomas-berg,acme-telecom)"}},
	})
}
