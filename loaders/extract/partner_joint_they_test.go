package extract_test

import "testing"

// TestJointMakingThey: joint making told by a "they" for the pair, "the
// pair" or "the duo", "what they call" and a bare singular object
// (partner_joint_they.go, coref_pair.go), a stated partnership outweighing
// a planned one (fact_merge.go); sentences written for the test, and the
// near misses.
func TestJointMakingThey(t *testing.T) {
	pair := "partnerOf(acme-telecom,borealis-networks)"
	met := "Acme Telecom and Borealis Networks met in Porto last week. "
	tests := []newsCase{
		{"are building what they call", "Acme Telecom and Borealis Networks are building what they call an AI factory in Lyon.", []string{pair + " modality=in_progress"}},
		{"the two companies said they would build", met + "In June the two companies said they would build an industrial AI cloud in Germany.", []string{pair + " modality=planned"}},
		{"the pair said they would develop", met + "The pair said they would develop a sovereign cloud service in Spain.", []string{pair + " modality=planned"}},
		{"the duo will design", met + "The duo will design a low-power radio chip.", []string{pair + " modality=planned"}},
		{"the two firms said they had launched", met + "The two firms said they had launched a speech model for call centres.", []string{pair}},

		{"stated after planned", "Acme Telecom and Borealis Networks said they would build a lab. The two companies are partners.", []string{pair}},

		// near misses
		{"each built one", met + "The pair said they each built a data centre in Faro.", nil},
		{"a plural object", met + "The pair said they would build data centres in Faro.", nil},
		{"their own", "Acme Telecom and Borealis Networks are building what they call their own clouds.", nil},
		{"a quantified object", met + "The pair said they would build more capacity in Faro.", nil},
		{"a bare object", met + "The pair said they would build network capacity in Faro.", nil},
		{"three parties", "Acme Telecom, Borealis Networks and Cobalt Mobile said they would build an AI cloud.", nil},
		{"the pair of", met + "The pair of towers they built in Faro is rented out.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
