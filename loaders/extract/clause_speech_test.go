package extract_test

import "testing"

// TestSubjectAcrossSpeech: a subject behind an inserted reporting clause
// ("A, he said, will work with B and C") keeps the partnership's holder.
func TestSubjectAcrossSpeech(t *testing.T) {
	both := []string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}
	planned := []string{"partnerOf(acme-telecom,borealis-networks) modality=planned", "partnerOf(acme-telecom,cobalt-mobile) modality=planned"}
	runNews(t, []newsCase{
		{"inserted 'she said' after a named speaker", "Jane Park spoke on stage in Hall 2. Acme Telecom, she said, will work with Borealis Networks and Cobalt Mobile on its cloud services.", planned},
		{"inserted 'the company added', a list", "Acme Telecom, the company added, works with Borealis Networks and Cobalt Mobile on fibre.", both},
		{"inserted 'Omar Haddad said', teamed up", "Acme Telecom, Omar Haddad said, has teamed up with Borealis Networks and Cobalt Mobile.", both},
		{"inserted 'he noted', partnered", "Acme Telecom, he noted, partnered with Borealis Networks and with Cobalt Mobile last year.", both},
		{"near miss: a possessive before the insert", "Acme Telecom's founder, he said, works with Borealis Networks.", nil},
	})
}
