package extract_test

import "testing"

// TestCoMade: two named companies that build, unveil or launch one named
// product together are partners (partner_co_made.go), with sentences
// written for the test, and the near misses.
func TestCoMade(t *testing.T) {
	pair := []string{"partnerOf(acme-telecom,borealis-networks)"}
	tests := []newsCase{
		{"are building a named platform", "Acme Telecom and Borealis Networks are building SkyRelay, a customer-care platform.", []string{pair[0] + " modality=in_progress"}},
		{"unveiled a named service", "Acme Telecom and Borealis Networks unveiled SkyRelay at a trade show in Lisbon.", pair},

		// near misses
		{"a plain noun object", "Acme Telecom and Borealis Networks unveiled new chips.", nil},
		{"three parties", "Acme Telecom, Borealis Networks and Cobalt Mobile unveiled SkyRelay.", nil},
		{"their own products", "Acme Telecom and Borealis Networks unveiled SkyRelay, each with their own chips.", nil},
		{"an alliance they launched", "Acme Telecom and Borealis Networks launched the Open Fabric Initiative.",
			[]string{"founded(open-fabric-initiative)", "foundingMember(acme-telecom,open-fabric-initiative)", "foundingMember(borealis-networks,open-fabric-initiative)"}},
		{"not launched", "Acme Telecom and Borealis Networks did not launch SkyRelay.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
