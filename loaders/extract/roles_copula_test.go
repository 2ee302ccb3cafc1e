package extract_test

import "testing"

// TestTitleCopula: a title joined to its holder by a copula or a "whose"
// relative, owned by a name, a pronoun or a company noun's possessive.
func TestTitleCopula(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a pronoun owner and a copula",
			"Kestrel Network sells fibre to farms. Its chief executive is Anna Brückner, and it has no debt.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"a possessive owner and remains",
			"Acme Telecom's chairman remains Jürgen Kößler, the company said.",
			[]string{"chairmanOf(jurgen-kossler,acme-telecom)"}},
		{"both titles by a copula",
			"Cobalt Mobile's chairman and chief executive is Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "chairmanOf(anna-bruckner,cobalt-mobile)"}},
		{"a past copula",
			"Kestrel Network grew out of a university lab. Its first chief executive was Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past"}},
		{"whose with a copula",
			"Cobalt Mobile, whose chief executive is Jürgen Kößler, bought two data centres.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"whose after an apposition",
			"The buyer is Kestrel Network, the fibre company whose chairman, Anna Brückner, has sold assets before.",
			[]string{"chairmanOf(anna-bruckner,kestrel-network)"}},
		{"its own chief executive",
			"Acme Telecom's own chief executive, Jürgen Kößler, said the carrier could not grow on connectivity alone.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom)"}},
		{"near miss: a title that states nothing",
			"Kestrel Network sells fibre to farms. Its chief technology officer is Anna Brückner.",
			nil},
		{"near miss: whose with another title",
			"Cobalt Mobile, whose chief financial officer is Jürgen Kößler, bought two data centres.",
			nil},
		{"near miss: no copula",
			"Acme Telecom's chief executive praised Anna Brückner for the deal.",
			nil},
	})
}

// TestTitleDescribedOwner: "the bank's chief executive" is the first
// organisation the sentence names, else the company under discussion.
func TestTitleDescribedOwner(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"after a quote naming the company",
			`"Acme Telecom is proud of this campus," said Jürgen Kößler, the company's chief executive.`,
			[]string{"ceoOf(jurgen-kossler,acme-telecom)"}},
		{"by a copula",
			"Cobalt Mobile reported higher sales; the group's chief executive is Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
		{"near miss: a title that states nothing",
			`"Acme Telecom is proud of this campus," said Jürgen Kößler, the company's chief operating officer.`,
			nil},
		{"near miss: the owner is no company noun",
			"Cobalt Mobile reported higher sales; the project's chief executive is Anna Brückner.",
			nil},
	})
}
