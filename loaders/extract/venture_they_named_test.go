package extract_test

import "testing"

// TestVentureTheyNamed covers a named venture whose founding verb's
// subject is a "they" standing for the pair named before it, and a venture
// noun followed by an irregular participle ("a joint venture meant to"),
// which the tagger read as the noun phrase's head (venture_nouns.go,
// venture_args.go, nlp.go), with sentences written for the test.
func TestVentureTheyNamed(t *testing.T) {
	jv := "jointVenture(acme-telecom,borealis-networks)"
	tests := []newsCase{
		{"they will establish J, a joint venture", "Acme Telecom and Borealis Networks said on Monday that they will establish Nimbus Edge, a joint venture for edge computing.",
			[]string{jv + " modality=planned"}},
		{"they had set up J, a joint venture", "Acme Telecom and Borealis Networks confirmed they had set up Nimbus Edge, a joint venture, in Porto.",
			[]string{jv}},
		{"announced the launch of J, a joint venture meant to", "Acme Telecom and Borealis Networks announced the launch of Nimbus Edge, a joint venture meant to sell edge servers.",
			[]string{jv}},

		// near misses
		{"they after one party", "Acme Telecom said they will establish Nimbus Edge, a joint venture for edge computing.", nil},
		{"they did not set up the venture", "Acme Telecom and Borealis Networks said they did not set up Nimbus Edge, a joint venture for edge computing.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
