package extract_test

import "testing"

// TestMonthMay: the month May is neither the modal that makes a fact
// planned nor an auxiliary that turns the next preposition into a verb.
func TestMonthMay(t *testing.T) {
	runNews(t, []newsCase{
		{"'founded in May by' keeps its agents",
			"The Open Edge Alliance was founded in May by Acme Telecom and Borealis Networks.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)"}},
		{"'which in May joined' is no plan",
			"Acme Telecom, which in May joined the Open Edge Alliance, is growing.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)"}},
		{"the modal guesses at a stake (modality_may_relate.go); the month would state it",
			"Acme Telecom may invest in Borealis Networks.",
			nil},
		{"the modal guesses at a membership (modality_may_join.go)",
			"Acme Telecom may join the Open Edge Alliance.",
			nil},
	})
}
