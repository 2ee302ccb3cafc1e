package extract_test

import "testing"

// TestProjectPartner: a partner of an unnamed project is the partner of
// the project's owner, the one other company of the sentence or of the
// one before (partner_project.go); sentences written for the test, and
// the near misses.
func TestProjectPartner(t *testing.T) {
	pair := "partnerOf(acme-telecom,borealis-networks)"
	tests := []newsCase{
		{"of this project, same sentence", "Acme Telecom plans to spend $300 million on a GPU campus in Porto, and Borealis Networks will be the technology partner of this project.", []string{pair + " modality=planned"}},
		{"for the project, previous sentence", "Acme Telecom opened a sovereign cloud in Lisbon on Monday. Borealis Networks is the software partner for the project.", []string{pair}},
		{"the programme's key partner", "Acme Telecom is rolling out rural 5G in the north. Borealis Networks is a key partner of the programme.", []string{pair}},
		{"a description as the owner", "Acme Telecom said it would build a data centre. The operator picked a site in Faro, and Borealis Networks is the design partner for the project.", []string{pair}},

		// near misses
		{"two candidate owners", "Acme Telecom and Cobalt Mobile opened a lab in Braga. Borealis Networks is the technology partner for the project.", nil},
		{"not a partner", "Acme Telecom opened a lab in Braga. Borealis Networks is not a partner of the project.", nil},
		{"the obvious partner", "Acme Telecom opened a lab in Braga. Borealis Networks is the obvious partner for the project.", nil},
		{"a former partner", "Acme Telecom opened a lab in Braga. Borealis Networks was a former partner of the project.", nil},
		{"a person", "Acme Telecom opened a lab in Braga. Jane Park is the lead partner for the project.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
