package extract_test

import "testing"

// TestTitleFirstApposition: a bare title that opens a clause and stands
// between commas before a person names the person's post at the company
// under discussion; a board between commas "chaired by" a person gives
// the chair; a list of titled people keeps each title with its own name
// (roles_title_first.go, famBareTitle in roles.go).
func TestTitleFirstApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"the chief executive, P, said", "Cobalt Mobile posted higher sales on Monday. The chief executive, Jane Park, said roaming had recovered.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"after a quotation", "Cobalt Mobile posted higher sales on Monday. \"Sales are up,\" the chief executive, Jane Park, told analysts.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"the former chief executive, P,", "Cobalt Mobile posted higher sales on Monday. The former chief executive, Jane Park, sold her shares.",
			[]string{"ceoOf(jane-park,cobalt-mobile) modality=past"}},
		{"two titled people in a row", "Cobalt Mobile posted higher sales on Monday. The chairman, Omar Haddad, and the chief executive, Jane Park, signed the letter.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"the board, chaired by P,", "Cobalt Mobile posted higher sales on Monday. The board, chaired by Omar Haddad, approved a dividend.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"near miss: another company in the sentence", "Cobalt Mobile posted higher sales on Monday. The chief executive, Jane Park, said Ion Cloud had cut prices.", nil},
		{"near miss: a title that states nothing", "Cobalt Mobile posted higher sales on Monday. The finance director, Jane Park, said roaming had recovered.", nil},
	})
}
