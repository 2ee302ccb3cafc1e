package extract_test

import "testing"

// TestLeaveToRun: "P, who left X to run Y" runs Y (roles_leave_to_run.go).
func TestLeaveToRun(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"who left X last year to run Y",
			"The board thanked Anna Brückner, who left Acme Telecom last year to run Cobalt Mobile.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
		{"near miss: left to join",
			"The board thanked Anna Brückner, who left Acme Telecom last year to join Cobalt Mobile.",
			nil},
		{"near miss: to run a unit of Y",
			"The board thanked Anna Brückner, who left Acme Telecom to run Cobalt Mobile's AI lab.",
			nil},
		{"near miss: a company leaves",
			"Kestrel Network, which left the alliance to run Cobalt Mobile's network, grew.",
			nil},
	})
}
