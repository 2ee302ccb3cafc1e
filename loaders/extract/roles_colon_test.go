package extract_test

import "testing"

// TestTitleColonRoster: a fact box's "Title: Name" lines give the post at
// the organisation the article names most; a title that states nothing
// and a line naming another organisation give nothing (roles_colon.go).
func TestTitleColonRoster(t *testing.T) {
	runNews(t, []newsCase{
		{"fact box roster",
			"Cobalt Mobile at a glance\n\nOperator: Cobalt Mobile\n\nChief executive officer: Jane Park\n\nChief financial officer: Omar Haddad\n\nChair of the board: Lena Berg",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "chairmanOf(lena-berg,cobalt-mobile)"}},
		{"near miss: the line names another organisation",
			"Cobalt Mobile at a glance\n\nOperator: Cobalt Mobile\n\nChair: Lena Berg (nominated by Ion Cloud)",
			nil},
	})
}
