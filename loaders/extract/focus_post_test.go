package extract_test

import "testing"

// TestPastPostBackground: a group named as a person's past post is
// background (focus_post.go): "the alliance" after it still goes to the
// group the sentences before were about. Near miss: a person who
// launched a new group moves the topic to it.
func TestPastPostBackground(t *testing.T) {
	runNews(t, []newsCase{
		{"chaired, then the alliance", "The Edge Compute Alliance has picked Mara Lindqvist as its chair. Lindqvist chaired the Open Fibre Alliance from 2019 to 2022. The alliance was launched in Oslo in May. Its founding members were Acme Telecom, Ion Cloud and Granite Labs.",
			[]string{"chairmanOf(mara-lindqvist,edge-compute-alliance)", "chairmanOf(mara-lindqvist,open-fibre-alliance) since=2019 until=2022 modality=past",
				"founded(edge-compute-alliance)", "foundingMember(acme-telecom,edge-compute-alliance)",
				"foundingMember(granite-labs,edge-compute-alliance)", "foundingMember(ion-cloud,edge-compute-alliance)"}},
		{"was president of", "The Edge Compute Alliance has picked Mara Lindqvist as its chair. Lindqvist was previously president of the Open Fibre Alliance. The alliance counts Acme Telecom and Ion Cloud among its founding members.",
			[]string{"chairmanOf(mara-lindqvist,edge-compute-alliance)", "foundingMember(acme-telecom,edge-compute-alliance)", "foundingMember(ion-cloud,edge-compute-alliance)"}},
	})
}
