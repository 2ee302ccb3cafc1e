package extract_test

import "testing"

// TestTitleAfterInsert: the holder of a title after a verb of taking or
// holding a post is its subject, across an inserted phrase.
func TestTitleAfterInsert(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"across a relative that names a company",
			"Anna Brückner, who previously ran Kestrel Network, became chairman of Acme Telecom in March.",
			[]string{"chairmanOf(anna-bruckner,acme-telecom)"}},
		{"across an apposition with another title, planned",
			"Jürgen Kößler, chief technology officer of Cobalt Mobile, will serve as chairman of the Stratos Alliance.",
			[]string{"chairmanOf(jurgen-kossler,stratos-alliance) modality=planned"}},
		{"now chairman of the board",
			"Anna Brückner, the former Kestrel Network chief executive, is now chairman of the Acme Telecom board.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past", "chairmanOf(anna-bruckner,acme-telecom)"}},
		{"near miss: a committee, not the company",
			"Anna Brückner, who previously ran Kestrel Network, became chairman of Acme Telecom's audit committee.",
			nil},
		{"near miss: a title that states nothing",
			"Jürgen Kößler, who previously ran Kestrel Network, became chief operating officer of Acme Telecom.",
			nil},
	})
}

// TestPastApposition: "then", "until now" and "former" make a title past.
func TestPastApposition(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"then",
			"Anna Brückner, then chief executive of Cobalt Mobile, signed the deal.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile) modality=past"}},
		{"until now",
			"The board named Jürgen Kößler, until now CEO of Kestrel Network, to the post.",
			[]string{"ceoOf(jurgen-kossler,kestrel-network) modality=past"}},
		{"near miss: then with another title",
			"Anna Brückner, then head of strategy at Cobalt Mobile, signed the deal.",
			nil},
	})
}
