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

// TestFounderTitle: "founder and CEO" in an attendee list is a person's
// title, not a founding of the group the article is about (frames.go,
// roles_conflict.go).
func TestFounderTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"founder and CEO in a members' summit roster",
			"TOKYO - The Open Edge Alliance's first members' summit drew a crowd on Wednesday. The opening panel featured:\n- Jane Park (founder and CEO, Acme Telecom)\n- Omar Haddad, President and CEO of Cobalt Mobile",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,cobalt-mobile)", "foundedBy(acme-telecom,jane-park)"}},
		{"near miss: the founders are the members",
			"The Open Edge Alliance's founders are Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
	})
}
