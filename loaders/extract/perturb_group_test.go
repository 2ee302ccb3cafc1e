package extract_test

// partnerGroupCases: three named parties told as partners of each other by
// a reciprocal predicate, directly or through "they" after a counted group,
// with descriptors on the list items and an adverb before the verb.
func partnerGroupCases() []pcase {
	lists := []opt{
		{"plain", "Acme Telecom, Borealis Networks and Cobalt Mobile"},
		{"descr", "Finnish operator Acme Telecom, chipmaker Borealis Networks and cloud provider Cobalt Mobile"},
	}
	shapes := []opt{
		{"work-together", "{L} will work together on network automation."},
		{"worked-together-first", "{L} first worked together in 2019 on network automation."},
		{"teamed-up", "{L} teamed up on network automation."},
		{"collaborate", "{L} will collaborate on network automation."},
		{"they-work-together", "Who signed? {L}. The three companies said they would work together on network automation."},
		{"they-cooperate", "The pact was signed by {L}. The three operators said they would cooperate on network automation."},
	}
	return cases("partners3", shapes, map[string][]opt{"L": lists},
		"partnerOf(acme-telecom,borealis-networks)",
		"partnerOf(acme-telecom,cobalt-mobile)",
		"partnerOf(borealis-networks,cobalt-mobile)")
}
