package extract_test

import "testing"

// TestRanBySuccessor: a successor who is the agent of "X is run by P"
// takes the title at X, and a demonstrative "That operator" opening a
// sentence is the company the previous sentence named last, not the
// article's topic (roles_ran_by.go, the "this"/"that" case of coref.go).
func TestRanBySuccessor(t *testing.T) {
	runNews(t, []newsCase{
		{"That operator is run by P, who replaced Q as CEO",
			"Acme Telecom reported higher sales. It also raised its stake in Cobalt Mobile. That operator is now run by Jane Park, who replaced Omar Haddad as chief executive in May.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "ceoOf(omar-haddad,cobalt-mobile) modality=past", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"X is run by P, who replaced Q as CEO",
			"Acme Telecom reported higher sales. Cobalt Mobile is now run by Jane Park, who replaced Omar Haddad as chief executive in May.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "ceoOf(omar-haddad,cobalt-mobile) modality=past"}},
		{"near miss: the board of another person's employer",
			"The Radio Forum met in Oslo. Jane Park, who is head of research at Ion Cloud, succeeds Omar Haddad, who chaired the board until May.",
			nil},
	})
}
