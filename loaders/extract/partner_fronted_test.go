package extract_test

import "testing"

// TestFrontedPartner: a partnership with-phrase fronted before the main
// clause pairs its entity with the clause's active subject; near misses:
// a passive clause, a planned partnership, a with-phrase of competition,
// a negated clause and a person as the subject.
func TestFrontedPartner(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"in partnership with, past", "In partnership with Cobalt Mobile, Acme Telecom launched an AI lab in Oslo.", []string{ab}},
		{"in collaboration with a described partner, future", "In collaboration with chip designer Cobalt Mobile, Acme Telecom will build a lab.",
			[]string{ab + " modality=planned"}},
		{"in cooperation with, adverb before the verb", "In cooperation with Acme Telecom, Cobalt Mobile quietly opened a test network.", []string{ab}},
		{"near miss: passive main clause", "In partnership with Cobalt Mobile, a lab was opened by Acme Telecom.", nil},
		{"near miss: a planned partnership", "In a planned partnership with Cobalt Mobile, Acme Telecom would build a lab.", nil},
		{"near miss: competition", "In competition with Cobalt Mobile, Acme Telecom launched a lab.", nil},
		{"near miss: negated clause", "In partnership with Cobalt Mobile, Acme Telecom did not launch a lab.", nil},
		{"near miss: a person as subject", "In partnership with Cobalt Mobile, Jane Park launched a podcast.", nil},
	})
}
