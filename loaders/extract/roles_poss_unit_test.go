package extract_test

import "testing"

// TestPossUnitTitle: "P, CEO of A's subsidiary B" is a title at B
// (roles_poss_unit.go), and a verb of running after an apposition ends
// the apposition's list ("P, CEO of A, chairs B's board": rules.go).
func TestPossUnitTitle(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"a title at a named subsidiary",
			"Tomas Berg, managing director and chief executive of Acme Telecom's fibre subsidiary Cobalt Mobile, spoke first.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"an apposition's title, then a verb of chairing",
			"Anna Brückner, chief executive of Cobalt Mobile, chairs Kestrel Network's board.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "chairmanOf(anna-bruckner,kestrel-network)"}},
		{"near miss: a committee of the company",
			"Anna Brückner, chair of Acme Telecom's audit committee, spoke first.",
			nil},
	})
}
