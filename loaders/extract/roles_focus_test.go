package extract_test

import "testing"

// TestRoleParagraphFocus: a role that names no company is the company
// whose name opened the paragraph's sentences, over the article's
// protagonist; a person's apposed "the group's chief executive" holds
// before a relative clause about the person.
func TestRoleParagraphFocus(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"the board of the company the paragraph turns to",
			"Acme Telecom will sell its towers this year. Acme Telecom expects a price of 2 billion euros. Acme Telecom has not named a buyer.\n\n" +
				"Cobalt Mobile, meanwhile, counts Acme Telecom among its customers and reported higher sales. Its shares rose 4 percent. The board is chaired by Anna Brückner.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile)"}},
		{"the paragraph's first opener on a tie",
			"Acme Telecom will sell its towers this year. Acme Telecom expects a price of 2 billion euros.\n\n" +
				"Cobalt Mobile reported higher sales. Kestrel Network sells fibre to it. The board is chaired by Anna Brückner.",
			[]string{"chairmanOf(anna-bruckner,cobalt-mobile)"}},
		{"the described owner before a relative clause",
			"Cobalt Mobile reported higher sales. The sale has been steered by Anna Brückner, the group's chief executive, who will hand over to Jürgen Kößler in May.",
			// the successor takes the title handed over (roles_took_over.go)
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(jurgen-kossler,cobalt-mobile) modality=planned"}},
		{"near miss: a list after the described owner",
			"Cobalt Mobile reported higher sales. The sale was steered by Anna Brückner, the group's chief financial officer, Jürgen Kößler and two bankers.",
			nil},
	})
}
