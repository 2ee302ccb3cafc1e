package extract_test

import "testing"

// TestWhoseTitleRuns: a "whose" title of two parts before the name, and a
// time between the title and its copula.
func TestWhoseTitleRuns(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"whose chairman and chief executive P",
			"The deal was built with Cobalt Mobile, whose chairman and chief executive Anna Brückner signed it on Monday.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "chairmanOf(anna-bruckner,cobalt-mobile)"}},
		{"whose chief executive since a date is P",
			"Acme Telecom, the carrier whose chief executive since March 2021 is Jürgen Kößler, sells towers.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom)"}},
		{"near miss: a title that states nothing",
			"The deal was built with Cobalt Mobile, whose finance director Anna Brückner signed it on Monday.",
			nil},
	})
}
