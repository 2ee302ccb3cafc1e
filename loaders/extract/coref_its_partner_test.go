package extract_test

import "testing"

// TestItsPartnership: "its" before a partnership noun and "with" is the
// company in focus: the subject of its own clause, else the company the
// previous sentence was about. Near misses: a former tie-up, no company
// before.
func TestItsPartnership(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"next sentence", "Acme Telecom makes radios. In 2024 its alliance with chip firm Borealis Networks put models at the centre of that plan.", ab},
		{"its own clause", "Acme Telecom said its strategic partnership with Borealis Networks would cover edge AI.", ab},
		{"near miss: a former alliance", "Acme Telecom makes radios. Its former alliance with Borealis Networks ended in 2020.", nil},
		{"near miss: no company before", "In 2024 its alliance with Borealis Networks put models at the centre of the plan.", nil},
	})
}
