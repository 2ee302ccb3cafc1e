package extract_test

import "testing"

// TestReportBut: a report that "spoke of" or "talked of" a venture or a
// partnership, contradicted by a ", but" clause, states nothing
// (modality_report_but.go); a report the sentence confirms and a plain
// deal before "but" still state theirs.
func TestReportBut(t *testing.T) {
	runNews(t, []newsCase{
		{"venture reported, then denied", "Some early reports spoke of a joint venture between Acme Telecom and Borealis Networks, but Acme Telecom says the new unit will be its own subsidiary.", nil},
		{"partnership talked of, no comment", "Press reports had talked of a partnership between Acme Telecom and Borealis Networks, but neither company has commented.", nil},
		{"alliance rumoured, semicolon but", "Rumours pointed to an alliance of Acme Telecom with Borealis Networks; but the operator chose Cobalt Mobile.", nil},
		{"report then confirmed", "Reports spoke of a partnership between Acme Telecom and Borealis Networks, which the two companies signed in May.", []string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"plain venture before but", "Acme Telecom formed a joint venture with Borealis Networks, but the deal is small.", []string{"jointVenture(acme-telecom,borealis-networks)"}},
	})
}
