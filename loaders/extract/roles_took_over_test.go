package extract_test

import "testing"

// TestTookOverHandedOver: "P took over from Q" gives Q the one title the
// article gave P, and "Q hands over to P" gives P the one title of Q
// (roles_took_over.go), across sentences, relative clauses and pronouns.
func TestTookOverHandedOver(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"took over from Q, the title a sentence before",
			"Acme Telecom named Anna Brückner its chief executive in March. Brückner took over from Tomas Berg, who retired.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,acme-telecom) modality=past"}},
		{"a pronoun took over in a year from Q",
			"Mara Lindqvist became chairman of Kestrel Network in 2022. She took over in 2022 from Jürgen Kößler.",
			[]string{"chairmanOf(mara-lindqvist,kestrel-network)", "chairmanOf(jurgen-kossler,kestrel-network) modality=past"}},
		{"will hand over to P after an apposition",
			"Jürgen Kößler, chief executive of Cobalt Mobile, will hand over to Tomas Berg in October.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)", "ceoOf(tomas-berg,cobalt-mobile) modality=planned"}},
		{"a relative clause hands over to P",
			"Tomas Berg, the chairman of Kestrel Network, who hands over to Anna Brückner in June, opened the meeting.",
			[]string{"chairmanOf(tomas-berg,kestrel-network)", "chairmanOf(anna-bruckner,kestrel-network)"}},
		{"took over at X, succeeding Q, who had been its chief executive",
			"Mara Lindqvist took over at Cobalt Mobile on Monday, succeeding Jürgen Kößler, who had been chief executive of Cobalt Mobile since 2016.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)", "ceoOf(mara-lindqvist,cobalt-mobile)"}},
		{"near miss: two titles before, nothing passed on",
			"Anna Brückner is chairman of Acme Telecom and chief executive of Kestrel Network. Brückner took over from Tomas Berg in 2019.",
			[]string{"chairmanOf(anna-bruckner,acme-telecom)", "ceoOf(anna-bruckner,kestrel-network)"}},
		{"near miss: a holder with no title hands over nothing",
			"Tomas Berg handed over to Jürgen Kößler after the audit at Acme Telecom.",
			nil},
	})
}
