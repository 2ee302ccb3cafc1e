package extract_test

// partnerGroupCases: two named parties told as partners of each other by
// a reciprocal predicate, directly or through "they" after a counted group,
// with descriptors on the list items and an adverb before the verb.
func partnerGroupCases() []pcase {
	lists := []opt{
		{"plain", "Acme Telecom and Borealis Networks"},
		{"descr", "Finnish operator Acme Telecom and chipmaker Borealis Networks"},
	}
	shapes := []opt{
		{"work-together", "{L} will work together on network automation."},
		{"worked-together-first", "{L} first worked together in 2019 on network automation."},
		{"teamed-up", "{L} teamed up on network automation."},
		{"collaborate", "{L} will collaborate on network automation."},
		{"they-work-together", "Who signed? {L}. The two companies said they would work together on network automation."},
		{"they-cooperate", "The pact was signed by {L}. The two operators said they would cooperate on network automation."},
	}
	// two parties: three or more working together are a consortium
	// (maxPartnerGroup)
	return cases("partners2", shapes, map[string][]opt{"L": lists},
		"partnerOf(acme-telecom,borealis-networks)")
}
