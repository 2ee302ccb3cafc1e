package extract_test

import "testing"

// TestTitleShapes: a title told by a participle of appointment in
// apposition, and a bare title before a person at the one company in
// reach.
func TestTitleShapes(t *testing.T) {
	runNews(t, []newsCase{
		{"the newly named chairman of",
			"Jane Park, the newly named chairman of Granite Labs, will have the last word on pricing.",
			[]string{"chairmanOf(jane-park,granite-labs)"}},
		{"the recently appointed chief executive of",
			"Omar Haddad, the recently appointed chief executive of Ion Cloud, spoke first.",
			[]string{"ceoOf(omar-haddad,ion-cloud)"}},
		{"a rumour of an appointment is none",
			"Jane Park, the rumoured chairman of Granite Labs, declined to comment.",
			nil},
		{"a bare title at the sentence's one company",
			"Acme Telecom has stayed out of the auction, though chairman Jane Park has spoken about it.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"one company named twice is one company",
			"On the Acme Telecom side, group CEO Jane Park pitched the deal, and Acme Telecom's board backed it.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"a successor of him takes the title the predecessor leaves",
			"Acme Telecom said that Omar Haddad will step down as president and chief executive and that Jane Park, a Cobalt Mobile executive, will succeed him.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "ceoOf(jane-park,acme-telecom) modality=planned"}},
		{"no title left, no title taken",
			"Acme Telecom said that Omar Haddad will leave in May and that Jane Park will succeed him.",
			nil},
		{"two companies in reach decide nothing",
			"Acme Telecom and Granite Labs stayed out of the auction, though chairman Jane Park has spoken about it.",
			nil},
	})
}
