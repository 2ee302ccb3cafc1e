package extract_test

import "testing"

// TestRoleOwnerGuards: a fronted "At X," owns a title the sentence gives
// no organisation (roles_insert.go), and a guessed owner gives way to an
// explicit one in the same sentence (roles_conflict.go).
func TestRoleOwnerGuards(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"At X, P remains chairman of the board",
			"Acme Telecom named two new directors on Monday. At Cobalt Mobile, Tomas Berg remains chairman of the board.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile)"}},
		{"explicit owner beats the company in reach",
			"Acme Telecom reported results on Monday. Cobalt Mobile's new boss, Tomas Berg, who was appointed chief executive in 2023, said prices would fall.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"a quote, then said Chairman P: the company the article is about",
			"Acme Telecom signed the deal on Monday. \"Cobalt Mobile will follow,\" said Chairman Tomas Berg.",
			[]string{"chairmanOf(tomas-berg,acme-telecom)"}},
		{"near miss: said an unrelated title",
			"Acme Telecom signed the deal on Monday. \"Cobalt Mobile will follow,\" said adviser Tomas Berg.",
			nil},
		{"near miss: a past title elsewhere stays",
			"Tomas Berg, the former chief executive of Acme Telecom, is now chief executive of Cobalt Mobile.",
			[]string{"ceoOf(tomas-berg,acme-telecom) modality=past", "ceoOf(tomas-berg,cobalt-mobile)"}},
	})
}
