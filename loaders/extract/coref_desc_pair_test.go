package extract_test

import "testing"

// TestDescribedPair: "the D1 and the D2" opening a clause after a sentence
// naming two companies: the first description resolves as it would alone,
// the second is the other company of the pair (coref_desc_pair.go).
func TestDescribedPair(t *testing.T) {
	runNews(t, []newsCase{
		{"a numbered heading, then the pair extends a partnership",
			"3. Brisk Telecom and Kelpie Systems. The carrier and the Lisbon chip designer extended their alliance in June to cover network planning.",
			[]string{"partnerOf(brisk-telecom,kelpie-systems)"}},
		{"a caption naming two chiefs, the pair after a fronted date",
			"Brisk Telecom chief executive Ana Moura and Kelpie Systems chief executive Lars Berg on stage. In 2024, the operator and the software group formed a strategic alliance to sell edge servers.",
			[]string{"ceoOf(ana-moura,brisk-telecom)", "ceoOf(lars-berg,kelpie-systems)", "partnerOf(brisk-telecom,kelpie-systems)"}},
		{"a nationality on the first description keeps its country",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. The Danish operator and the cloud software maker signed a five-year partnership in March.",
			[]string{"headquarteredIn(brisk-telecom,DK)", "partnerOf(brisk-telecom,kelpie-systems)"}},
		{"a copula: the pair have been partners",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. The carrier and the chip designer have been partners since 2022.",
			[]string{"partnerOf(brisk-telecom,kelpie-systems)"}},
		{"after between",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. It marks a new partnership between the operator and the chip designer.",
			[]string{"partnerOf(brisk-telecom,kelpie-systems)"}},
		{"a joint making",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. The telco and the start-up will jointly develop a network assistant.",
			[]string{"partnerOf(brisk-telecom,kelpie-systems) modality=planned"}},
		{"near miss: three companies before",
			"Brisk Telecom, Kelpie Systems and Moravia Labs at the launch. The operator and the chipmaker signed a partnership in March.", nil},
		{"near miss: the second description names another company's owner",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. The operator and the owner of Vexa Cloud signed a partnership in March.", nil},
		{"near miss: no partnership, each reports",
			"Brisk Telecom and Kelpie Systems at the launch in Oslo. The carrier and the chip designer each reported higher sales.", nil},
	})
}
