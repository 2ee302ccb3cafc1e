package extract_test

import "testing"

// TestSentenceAdverbOpeners covers connective adverbs that open a sentence
// before a comma ("Finally,", "Lastly,", "Moreover,"): they are adverbs
// (nlp.go), never a company's name, so the names after them keep their
// roles and a plural description in the next sentence finds them; near
// misses: a negated partnership after the adverb stays unstated.
func TestSentenceAdverbOpeners(t *testing.T) {
	runNews(t, []newsCase{
		{"finally: a coordinated subject",
			"Finally, Acme Telecom and Borealis Networks are partners.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"lastly: a subject and its object",
			"Lastly, Acme Telecom partnered with Borealis Networks.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"moreover: the pair carried to the next sentence",
			"Moreover, Acme Telecom and Borealis Networks said they would build a lab. The two companies are partners.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},

		// near misses
		{"similarly: a denied partnership",
			"Similarly, Acme Telecom is not a partner of Borealis Networks.",
			nil},
		{"notably: talks only",
			"Notably, Acme Telecom is in talks with Borealis Networks about a partnership.",
			nil},
	})
}
