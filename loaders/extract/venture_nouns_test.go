package extract_test

import "testing"

// TestVentureNouns covers joint ventures told by a venture noun other than
// "joint venture" (venture_nouns.go): a joint or split-owned company as a
// founding verb's object, and "a venture between/of" two named parties,
// with sentences written for the test, and the near misses.
func TestVentureNouns(t *testing.T) {
	jv := "jointVenture(acme-telecom,borealis-networks)"
	tests := []newsCase{
		{"split venture as object", "Acme Telecom and Borealis Networks formed a 70:30 venture to run rural masts.", []string{jv + " share=70:30"}},
		{"joint company with a modifier", "Acme Telecom and Borealis Networks have set up a joint tower company for the north.", []string{jv}},
		{"jointly owned company, agreed", "Acme Telecom and Borealis Networks agreed to create a jointly owned company for cloud services.", []string{jv}},
		{"split business with a with-phrase", "Acme Telecom established a 50-50 business with Borealis Networks last spring.", []string{jv + " share=50-50"}},
		{"venture set up by two parties", "Nimbus Edge, a venture set up by Acme Telecom and Borealis Networks, sells edge servers.", []string{jv}},
		{"venture of a list", "Nimbus Edge is a venture of Acme Telecom and Borealis Networks.", []string{jv}},
		{"formation of a venture by three", "The formation of a payments venture by Acme Telecom, Borealis Networks and Cobalt Mobile was approved in June.",
			[]string{"jointVenture(acme-telecom,borealis-networks,cobalt-mobile)"}},

		// near misses
		{"a new unit of one owner", "Acme Telecom formed a new cloud company in Lisbon.", nil},
		{"a company with no joint modifier", "Acme Telecom and Borealis Networks are customers of a company in Lisbon.", nil},
		{"one owner's venture", "Nimbus Edge is a venture of Acme Telecom.", nil},
		{"a person is no venture partner", "Jane Park and Acme Telecom formed a 50:50 venture in 2019.", nil},
		{"considered, then failed", "Acme Telecom and Borealis Networks considered setting up a joint company, but the talks failed.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
