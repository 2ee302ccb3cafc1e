package extract_test

import "testing"

// TestCorefElidedReporter: "it" after ", and said" is the subject the two
// verbs share; near misses: a second clause with a subject of its own, a
// sentence opened by a long fronted phrase.
func TestCorefElidedReporter(t *testing.T) {
	const ab, ac = "partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"elided subject", "Acme Telecom signed a cooperation agreement with Borealis Networks, and said it would work with Cobalt Mobile on radios.",
			[]string{ab, ac + " modality=planned"}},
		{"elided subject after an adverb", "Acme Telecom signed a cooperation agreement with Borealis Networks, and later said it would work with Cobalt Mobile.",
			[]string{ab, ac + " modality=planned"}},
		{"near miss: a subject of its own", "Acme Telecom signed a cooperation agreement with Borealis Networks, and Borealis Networks said it would work with Cobalt Mobile.",
			[]string{ab, "partnerOf(borealis-networks,cobalt-mobile) modality=planned"}},
	})
}
