package extract_test

import "testing"

// TestOpenerAdverbs: a capitalised sentence adverb before a comma
// ("Elsewhere,", "Nonetheless,") is no name, so the name after it stands
// alone as the antecedent of a relative clause or a verb's subject; near
// misses: a name after "Elsewhere" founded by nobody, and a negated verb.
func TestOpenerAdverbs(t *testing.T) {
	runNews(t, []newsCase{
		{"Elsewhere, relative founding", "Elsewhere, Ion Cloud, which Jane Park started in 2020 after leaving Acme Telecom, sells AI to banks.",
			[]string{"founded(ion-cloud) date=2020"}},
		{"Nonetheless, subject of a partnership", "Nonetheless, Acme Telecom signed a partnership with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: no founding verb", "Elsewhere, Ion Cloud, which Jane Park runs, sells AI to banks.", nil},
		{"near miss: a negated partnership", "Nevertheless, Acme Telecom did not sign a partnership with Cobalt Mobile.", nil},
	})
}
