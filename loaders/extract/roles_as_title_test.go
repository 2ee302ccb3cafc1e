package extract_test

import "testing"

// TestAsTitle: a title after "as" that a verb of taking, keeping, leaving
// or losing a post gives its holder, at the company the sentence or the
// article reports about (roles_as_title.go).
func TestAsTitle(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"reported: will take over as, two titles, a date after",
			"Acme Telecom said on Monday that Anna Brückner will take over as managing director and chief executive on January 1.",
			[]string{"ceoOf(anna-bruckner,acme-telecom) modality=planned"}},
		{"will step down as ... and hand over to Q",
			"Cobalt Mobile said Tomas Berg will step down as chief executive in March and hand over to Anna Brückner, the company's chief operating officer.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile) modality=planned", "ceoOf(tomas-berg,cobalt-mobile)"}},
		{"fronted At X, settled in as",
			"At Kestrel Network, Mara Lindqvist has settled in as executive chairman.",
			[]string{"chairmanOf(mara-lindqvist,kestrel-network)"}},
		{"a board removed P as chief executive",
			"Early on Friday the board of Acme Telecom removed Tomas Berg as chief executive.",
			[]string{"ceoOf(tomas-berg,acme-telecom) modality=past"}},
		{"stepped down as chairman of X",
			"Tomas Berg stepped down as chairman of Cobalt Mobile in 2021.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"continues as, in the reporter's list",
			"Kestrel Network today announces the following changes:\n- Mara Lindqvist continues as Group Chief Executive;\n- Tomas Berg joins the Board as Chair.",
			[]string{"ceoOf(mara-lindqvist,kestrel-network)", "chairmanOf(tomas-berg,kestrel-network)"}},
		{"reporter with an alias in brackets; Chair-designate who will succeed Q as Chair",
			"Kestrel Network Plc (\"Kestrel\" or \"the Group\") today announces the following changes:\n- Anna Brückner joins the Board as Chair-designate and will succeed Tomas Berg as Chair at the close of the annual meeting;\n- Mara Lindqvist continues as Group Chief Executive.",
			[]string{"ceoOf(mara-lindqvist,kestrel-network)", "chairmanOf(anna-bruckner,kestrel-network) modality=planned", "chairmanOf(tomas-berg,kestrel-network)"}},
		{"near miss: a designate title that states nothing",
			"Kestrel Network said Anna Brückner joins as CFO-designate.",
			nil},
		{"near miss: another title",
			"Acme Telecom said Anna Brückner will take over as chief operating officer.",
			nil},
		{"near miss: negated",
			"Acme Telecom said Anna Brückner will not return as chief executive.",
			nil},
		{"near miss: chair of a committee",
			"Cobalt Mobile said Tomas Berg joined as chair of its audit committee.",
			nil},
		{"near miss: vice chairman",
			"Acme Telecom said Tomas Berg will step down as vice chairman.",
			nil},
		{"near miss: two companies, neither the owner",
			"Anna Brückner, who took over as chief executive in 2023, praised Acme Telecom and Cobalt Mobile.",
			nil},
	})
}
