package extract_test

import "testing"

// TestBareRoleAnswer: an interview's answer mark is no part of the
// sentence: "A: The chief executive is P" reads as "The chief executive is
// P", the chief executive of the company the interview is about.
func TestBareRoleAnswer(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"the chief executive after the company's answer",
			"Q: What is Kestrel Network?\n\nA: Kestrel Network is a fibre company set up in March by Acme Telecom.\n\nQ: Who runs it?\n\nA: The chief executive is Anna Brückner, who came over from Cobalt Mobile.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "founded(kestrel-network)"}},
		{"near miss: another title",
			"Q: What is Kestrel Network?\n\nA: Kestrel Network is a fibre company set up in March by Acme Telecom.\n\nQ: Who runs it?\n\nA: The chief financial officer is Anna Brückner.",
			[]string{"founded(kestrel-network)"}}, // round 22: "is a fibre company set up in March" (found_appos_desc.go)
	})
}

// TestChairsBoardCountryApposition: an apposition that names a country
// ("P, the UAE's national security adviser, chairs the board") still
// holds the chair of the company under discussion.
func TestChairsBoardCountryApposition(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a country's possessive in the apposition",
			"Kestrel Network sells fibre to farms in the Gulf. Anna Brückner, the UAE's national security adviser, chairs the board.",
			[]string{"chairmanOf(anna-bruckner,kestrel-network)"}},
		{"near miss: a board seat",
			"Kestrel Network sells fibre to farms in the Gulf. Anna Brückner, the UAE's national security adviser, sits on the board.",
			nil},
	})
}
