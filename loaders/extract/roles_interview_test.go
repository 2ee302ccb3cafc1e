package extract_test

import "testing"

// TestInterviewRoles: in an interview, "Your chairman, P" is the
// interviewee's company's chair, and a person may be called by the given
// name alone (coref_you.go, names_order.go); "P runs X as its chief
// executive" and "X, led by chief executive P since 2023," (roles_as_title.go,
// roles_run.go).
func TestInterviewRoles(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"Your chairman, P",
			"Anna Brückner has been chief executive of Acme Telecom since 2022.\n\nQ: Your chairman, Tomas Berg, says the board wants growth.\nA: We agree.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "chairmanOf(tomas-berg,acme-telecom)"}},
		{"given name in an answer",
			"Anna Brückner has been chief executive of Acme Telecom since 2022.\n\nQ: Will Mara Lindqvist join you?\nA: No. Mara runs Kestrel Network as its chief executive.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(mara-lindqvist,kestrel-network)"}},
		{"X, led by chief executive P since",
			"Cobalt Mobile, led by chief executive Tomas Berg since 2023, has kept its prices.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: your question without a title",
			"Anna Brückner has been chief executive of Acme Telecom since 2022.\n\nQ: Your rival, Tomas Berg, says prices will fall.\nA: He is wrong.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"near miss: runs X as chief technology officer",
			"Tomas Berg runs Cobalt Mobile as chief technology officer.",
			nil},
		{"near miss: led by a title that is no role",
			"Cobalt Mobile, led by finance director Tomas Berg since 2023, has kept its prices.",
			nil},
	})
}
