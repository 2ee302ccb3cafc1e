package extract_test

import "testing"

// TestPartnerObjectListTail: a list that is the object of a verb and
// whose last name follows ", and" ("include A and B, and C works with D")
// gives only that last name to the next clause's partner verb; a list
// with a serial comma that opens the sentence stays the whole subject.
func TestPartnerObjectListTail(t *testing.T) {
	const ab = "partnerOf(acme-telecom,borealis-networks)"
	runNews(t, []newsCase{
		{"include A and B, and C works with D", "Its early users include Cobalt Mobile and Ion Cloud, and Acme Telecom works with Borealis Networks on towers.", []string{ab}},
		{"still: A, B, and C teamed up with D", "Cobalt Mobile, Ion Cloud, and Acme Telecom teamed up with Borealis Networks on towers.",
			[]string{ab, "partnerOf(borealis-networks,cobalt-mobile)", "partnerOf(borealis-networks,ion-cloud)"}},
	})
}
