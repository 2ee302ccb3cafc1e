package extract_test

import "testing"

// TestGenericGroupName covers a registered group name written as a
// description (mention_generic_group.go), with sentences written for the
// test: the founding is not the registered group's.
func TestGenericGroupName(t *testing.T) {
	runNews(t, []newsCase{
		{"an indefinite description", "Acme Telecom and Borealis Networks set up an Edge AI partnership in May.", nil},
		{"a lower-case modifier in a headline", "Carriers form telco Edge AI partnership\n\nIt is the first such body in Europe.", nil},

		// the name itself
		{"the name, capitalised", "Acme Telecom and Borealis Networks set up the Edge AI Partnership in May.",
			[]string{"founded(edge-ai-partnership)", "foundingMember(acme-telecom,edge-ai-partnership)", "foundingMember(borealis-networks,edge-ai-partnership)"}},
	})
}
