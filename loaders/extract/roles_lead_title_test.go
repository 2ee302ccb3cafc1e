package extract_test

import "testing"

// TestLeadInTitle: a roster's lead-in names the title of the people its
// items give after their organisations (roles_lead_title.go).
func TestLeadInTitle(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"chief executives of the members",
			"The Radio Forum has grown.\n\nChief executives of the member companies, as of May 2025:\n- Acme Telecom: Anna Brückner\n- Kestrel Network Corp.: Tomas Berg, who took over in March\n",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,kestrel-network)"}},
		{"chairs",
			"The Radio Forum has grown.\n\nThe chairs of these companies:\n- Cobalt Mobile: Mara Lindqvist\n",
			[]string{"chairmanOf(mara-lindqvist,cobalt-mobile)"}},
		{"near miss: former chief executives",
			"The Radio Forum has grown.\n\nFormer chief executives of the members:\n- Acme Telecom: Anna Brückner\n",
			nil},
		{"near miss: a lead-in of delegates",
			"The Radio Forum has grown.\n\nDelegates of the members:\n- Acme Telecom: Anna Brückner\n",
			nil},
	})
}
