package extract_test

import "testing"

// TestPastAdverbTitles: a title held until lately, told with a time
// adverb instead of "former", and a company's kind between the title and
// its name.
func TestPastAdverbTitles(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"until now in apposition",
			"Anna Brückner, until now chief executive of Cobalt Mobile, takes the top job on Monday.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile) modality=past"}},
		{"had until then been",
			"Jürgen Kößler had until then been chairman of Acme Telecom.",
			[]string{"chairmanOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"previously, with the company's kind",
			"Anna Brückner, previously chief executive of the utility Kestrel Network, joined in May.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past"}},
		{"previously with a possessive title",
			"Jürgen Kößler was previously Acme Telecom's chief executive.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"formerly with a possessive title",
			"Anna Brückner is formerly Cobalt Mobile's chairman.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile) modality=past"}},
		{"a past title, then a present one in a coordinated verb",
			"Jürgen Kößler was previously Acme Telecom's chief executive and now serves as chief executive of Kestrel Network.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom) modality=past", "ceoOf(jurgen-kossler,kestrel-network)"}},
		{"near miss: a present possessive title",
			"Jürgen Kößler is Acme Telecom's chief executive.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom)"}},
		{"near miss: a title that states nothing",
			"Anna Brückner, previously finance director of Cobalt Mobile, joined in May.",
			nil},
	})
}
