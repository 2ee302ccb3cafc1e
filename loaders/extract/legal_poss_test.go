package extract_test

import "testing"

// TestLegalSuffixPossessive: a name that ends in a legal suffix's full
// stop ("Corp.", "Inc.", "Co.") is a possessor when "'s" follows the
// stop, as any other name is: the title after it is that company's.
func TestLegalSuffixPossessive(t *testing.T) {
	reg := mustRegister(t, "legal.yaml", `entities:
  harrow-corp: {name: Harrow Corp., type: company, surface_forms: [Harrow Corp.]}
  pellam-inc: {name: Pellam Inc., type: company, surface_forms: [Pellam Inc.]}
  orsk-co: {name: Orsk Co., type: company, surface_forms: [Orsk Co.]}
`)
	runNewsWith(t, reg, []newsCase{
		{"X Corp.'s chief executive is not P; that job is held by Q",
			"Harrow Corp.'s chief executive is not Mila Strand; that job is held by Ivo Renner.",
			[]string{"ceoOf(ivo-renner,harrow-corp)"}},
		{"Inc.'s chairman is not P; the post is held by Q",
			"Pellam Inc.'s chairman is not Ivo Renner; the post is held by Mila Strand.",
			[]string{"chairmanOf(mila-strand,pellam-inc)"}},
		{"curly apostrophe, Co.’s chair is not P; that role is held by Q",
			"Orsk Co.’s chair is not Ivo Renner; that role is held by Mila Strand.",
			[]string{"chairmanOf(mila-strand,orsk-co)"}},
		{"near miss: the stop ends the sentence, the next one opens with a quote",
			"The deal was struck with Harrow Corp. 'Sales will grow,' said Ivo Renner.",
			nil},
	})
}
