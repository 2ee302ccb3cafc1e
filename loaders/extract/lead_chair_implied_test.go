package extract_test

import "testing"

// TestImpliedChaired: "Its board is chaired by P" after a sentence about
// another company than the article's, "The group is chaired by P" about
// the alliance just named, and a chair's own affiliation that is not the
// board's owner.
func TestImpliedChaired(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"its board after a sentence about another company",
			"Acme Telecom sold towers. Acme Telecom also cut costs. Acme Telecom hired staff. Cobalt Mobile is changing hands at the top. Its board is chaired by Anna Brückner.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile)"}},
		{"the group after the alliance",
			"Acme Telecom has joined the Stratos Alliance. The group is chaired by Anna Brückner, a director at Cobalt Mobile.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)", "memberOf(acme-telecom,stratos-alliance)"}},
		{"an object relative after a second relative",
			"Acme Telecom praised the Stratos Alliance, the group that ten carriers praised in May and which Anna Brückner chairs.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)"}},
		{"the chair with an affiliation as the subject",
			"Acme Telecom has joined the Stratos Alliance; Anna Brückner of Cobalt Mobile chairs the group.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)", "memberOf(acme-telecom,stratos-alliance)"}},
		{"near miss: the chair's affiliation is not the board's owner",
			"Acme Telecom sold towers. Acme Telecom also cut costs. The board is chaired by Anna Brückner of Acme Telecom.",
			nil},
	})
}
