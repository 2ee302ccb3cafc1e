package extract_test

import "testing"

// TestDesignateTitle: a "-designate" title is a planned one
// (roles_designate.go).
func TestDesignateTitle(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"P, CEO-designate of X,",
			"Anna Brückner, CEO-designate of Kestrel Network, will present the plan in March.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=planned"}},
		{"X chairman-designate P",
			"Cobalt Mobile chairman-designate Tomas Berg met investors on Friday.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile) modality=planned"}},
		{"near miss: no suffix, a title held",
			"Anna Brückner, CEO of Kestrel Network, will present the plan in March.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
	})
}
