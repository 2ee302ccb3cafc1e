package extract_test

import "testing"

// TestTopJob: "P takes the top job at X" is X's chief executive
// (roles_top_job.go).
func TestTopJob(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"an apposition between the person and the verb",
			"Anna Brückner, until now chief executive of Cobalt Mobile, takes the top job at Kestrel Network.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile) modality=past", "ceoOf(anna-bruckner,kestrel-network)"}},
		{"a plan",
			"Tomas Berg will take the top job at Acme Telecom in September.",
			[]string{"ceoOf(tomas-berg,acme-telecom) modality=planned"}},
		{"near miss: passed over for the top job",
			"Tomas Berg was passed over for the top job at Acme Telecom.",
			nil},
	})
}
