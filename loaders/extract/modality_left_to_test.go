package extract_test

import "testing"

// TestLeftToBecome: leaving to take a post asserts the new post; leaving
// alone states nothing (modality_left_to.go).
func TestLeftToBecome(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"left to become X's chief executive",
			"Anna Brückner left suddenly to become Kestrel Network's chief executive.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"quit to become X's chairman",
			"Tomas Berg quit to become Cobalt Mobile's chairman.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: left the post",
			"Anna Brückner left Kestrel Network's board in May.",
			nil},
	})
}
