package extract_test

import "testing"

// TestTitleAfterInsert: the holder of a title after a verb of taking or
// holding a post is its subject, across an inserted phrase.
func TestTitleAfterInsert(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"across a relative that names a company",
			"Anna Brückner, who previously ran Kestrel Network, became chairman of Acme Telecom in March.",
			// "who previously ran X" is X's former chief executive (roles_run_company.go)
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past", "chairmanOf(anna-bruckner,acme-telecom)"}},
		{"across an apposition with another title, planned",
			"Jürgen Kößler, chief technology officer of Cobalt Mobile, will serve as chairman of the Stratos Alliance.",
			[]string{"chairmanOf(jurgen-kossler,stratos-alliance) modality=planned"}},
		{"now chairman of the board",
			"Anna Brückner, the former Kestrel Network chief executive, is now chairman of the Acme Telecom board.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past", "chairmanOf(anna-bruckner,acme-telecom)"}},
		{"near miss: a committee, not the company",
			"Anna Brückner, who previously ran Kestrel Network, became chairman of Acme Telecom's audit committee.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past"}},
		{"near miss: a title that states nothing",
			"Jürgen Kößler, who previously ran Kestrel Network, became chief operating officer of Acme Telecom.",
			[]string{"ceoOf(jurgen-kossler,kestrel-network) modality=past"}},
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

// TestTitleOfNoOrganisation: a title that names no organisation belongs
// to the group the article is about, else to its company; stepping down
// from a post states that it is held until then.
func TestTitleOfNoOrganisation(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"chairman of the board of the group under discussion",
			"The Stratos Alliance met in Oslo. Anna Brückner of Acme Telecom took over as chairman of the board.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)"}},
		{"named chairman of the board",
			"The Stratos Alliance met in Oslo. Anna Brückner, chief technology officer of Acme Telecom, has been named chairman of the board.",
			[]string{"chairmanOf(anna-bruckner,stratos-alliance)"}},
		{"will step down",
			"Cobalt Mobile said on Monday that Jürgen Kößler will step down as president and chief executive.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"stepped down: a past post",
			"Cobalt Mobile lost money again. Jürgen Kößler stepped down as chief executive of Cobalt Mobile in May.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"near miss: a title that states nothing",
			"Cobalt Mobile said on Monday that Jürgen Kößler will step down as chief financial officer.",
			nil},
	})
}
