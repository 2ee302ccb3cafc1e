package extract_test

import "testing"

// TestPartnerInserted: a phrase of partnership between the subject and
// its verb, the definite partnership a reporting subject speaks of or a
// fronted "Under the partnership with B", "partner" with a direct object,
// joint work with a purpose phrase before the partner and "signed up B to
// build" (partner_support.go, partner_enlist.go); near misses: an
// inserted phrase that is no partnership, a planned partnership spoken
// of, a supplier signed up, a copula after the insert, a person.
func TestPartnerInserted(t *testing.T) {
	const ab = "partnerOf(acme-telecom,borealis-networks)"
	runNews(t, []newsCase{
		{"in partnership with, inserted", "Acme Telecom, in partnership with Borealis Networks, launched an AI cloud.", []string{ab}},
		{"alongside, inserted", "Acme Telecom, alongside Borealis Networks, opened a test lab in Oslo.", []string{ab}},
		{"said the partnership with B", "Acme Telecom said the partnership with Borealis Networks covers Norway.", []string{ab}},
		{"under the partnership with B", "Under the partnership with Borealis Networks, Acme Telecom will build two data centres.", []string{ab + " modality=planned"}},
		{"partnering B", "Acme Telecom is partnering Borealis Networks on edge AI.", []string{ab}},
		{"co-develop for someone with B", "Acme Telecom co-develops software for hospitals with Borealis Networks.", []string{ab}},
		{"signed up B to build", "Acme Telecom has signed up Borealis Networks to build its AI cloud.", []string{ab}},
		{"near miss: an insert of size", "Acme Telecom, with 20 million customers, opened a test lab in Oslo.", nil},
		{"near miss: a planned partnership spoken of", "Acme Telecom said the planned partnership with Borealis Networks would cover Norway.", nil},
		{"near miss: a supplier signed up", "Acme Telecom has signed up Borealis Networks to supply the radios.", nil},
		{"near miss: a copula after the insert", "Acme Telecom, alongside Borealis Networks, is among the largest operators.", nil},
		{"near miss: a person inserted", "Acme Telecom, alongside Jane Park, opened a test lab in Oslo.", nil},
	})
}
