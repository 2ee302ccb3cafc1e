package extract_test

import "testing"

// TestAppointTitleShapes: an appointed person's title over a coordinated
// title and a time after it, an apposition or an affiliation between the
// person and the title, and a board as the subject (roles_appoint.go).
func TestAppointTitleShapes(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"promoted P to president and CEO last November",
			"Cobalt Mobile promoted Tomas Berg to president and CEO last November.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"named P, an apposition, interim CEO",
			"The board of Acme Telecom on Friday dismissed its auditors and named Anna Brückner, the company's chief financial officer, interim CEO.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"X's board elected P of Y as its chair",
			"Kestrel Network's board on Tuesday elected Mara Lindqvist of Cobalt Mobile as its chair.",
			[]string{"chairmanOf(mara-lindqvist,kestrel-network)"}},
		{"near miss: affiliation and a committee",
			"Kestrel Network's board elected Mara Lindqvist of Cobalt Mobile as chair of its audit committee.",
			nil},
		{"near miss: apposition names the employer, the title is the group's",
			"The Radio Forum held its first board meeting. The board elected Tomas Berg, a director of Acme Telecom, as its treasurer.",
			nil},
	})
}

// TestTitleOfShapes: "P, chief executive of rival X", "P, a former
// chairman of X", plural titles and "boss" (roles.go).
func TestTitleOfShapes(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"chief executive of rival X",
			"A report that Tomas Berg, chief executive of rival Cobalt Mobile, would join was denied.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"a former chairman of X",
			"The plan was backed by Mara Lindqvist, a former chairman of Kestrel Network.",
			[]string{"chairmanOf(mara-lindqvist,kestrel-network) modality=past"}},
		{"X's new boss, P",
			"Acme Telecom's new boss, Anna Brückner, said the network was ready.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"P and Q will become co-CEOs",
			"Cobalt Mobile said Anna Brückner and Tomas Berg will become co-CEOs in June.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile) modality=planned", "ceoOf(tomas-berg,cobalt-mobile) modality=planned"}},
		{"near miss: a former adviser",
			"The plan was backed by Mara Lindqvist, a former adviser of Kestrel Network.",
			nil},
		{"near miss: the boss of a unit",
			"Anna Brückner, the Europe boss of Acme Telecom, said the network was ready.",
			nil},
	})
}

// TestSucceedAs: "P succeeded Q as chief executive" and "replaced Q with
// P as interim chief executive" (roles_as_title.go).
func TestSucceedAs(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"who succeeded Q as chief executive, at the topic company",
			"Acme Telecom reported higher sales on Monday. Anna Brückner, who succeeded Tomas Berg as chief executive in 2023, said demand was strong.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,acme-telecom) modality=past"}},
		{"the board replaced Q with P as interim chief executive",
			"Cobalt Mobile's board replaced Tomas Berg with Mara Lindqvist as interim chief executive.",
			[]string{"ceoOf(mara-lindqvist,cobalt-mobile)", "ceoOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"replaced Q with P, an apposition naming another company, as interim CEO",
			"Acme Telecom cut its forecast on Friday. On Sunday the board replaced Tomas Berg with Mara Lindqvist, the co-founder and former chief executive of Cobalt Mobile, as interim chief executive.",
			[]string{"ceoOf(mara-lindqvist,acme-telecom)", "ceoOf(mara-lindqvist,cobalt-mobile) modality=past", "ceoOf(tomas-berg,acme-telecom) modality=past", "foundedBy(cobalt-mobile,mara-lindqvist) modality=past"}},
		{"a surname with a particle",
			"Acme Telecom reported higher sales on Monday. Its chief executive is Maria Della Rocca. Della Rocca, who succeeded Tomas Berg as chief executive in 2023, said demand was strong.",
			[]string{"ceoOf(maria-della-rocca,acme-telecom)", "ceoOf(tomas-berg,acme-telecom) modality=past"}},
		{"near miss: another post",
			"Acme Telecom reported higher sales. Anna Brückner, who succeeded Tomas Berg as head of sales, said demand was strong.",
			nil},
		{"near miss: two companies in reach",
			"Anna Brückner, who succeeded Tomas Berg as chief executive, praised Acme Telecom and Cobalt Mobile.",
			nil},
	})
}

// TestCoordinatedCopula: "P co-founded it and is its chief executive"
// (roles_as_title.go).
func TestCoordinatedCopula(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"co-founded it and is its chief executive",
			"Kestrel Network sells messaging tools. Anna Brückner co-founded it and is its chief executive.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"joined and is now chairman of X",
			"Tomas Berg joined in 2019 and is now chairman of Cobalt Mobile.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile)"}},
		{"who chairs X and, since January, has also been chairman of the Y board",
			"The plan was announced by Tomas Berg, who chairs Acme Telecom and, since January, has also been chairman of the Cobalt Mobile board.",
			[]string{"chairmanOf(tomas-berg,acme-telecom)", "chairmanOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: chairman of a committee",
			"The plan was announced by Tomas Berg, who chairs Acme Telecom and, since January, has also been chairman of the Cobalt Mobile audit committee.",
			[]string{"chairmanOf(tomas-berg,acme-telecom)"}},
		{"near miss: another title",
			"Kestrel Network sells messaging tools. Anna Brückner co-founded it and is its chief technology officer.",
			nil},
		{"near miss: negated",
			"Tomas Berg joined in 2019 and is not chairman of Cobalt Mobile.",
			nil},
	})
}

// TestNamedSuccessor: "P was named CEO on Monday, replacing Q, who had run
// X since 2018" - the title is held at the organisation Q ran
// (roles_as_title.go).
func TestNamedSuccessor(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"named CEO, replacing Q, who had run X",
			"Anna Brückner, a former banker who joined the board in 2018, was named CEO on Monday, replacing Tomas Berg, who had run Cobalt Mobile since 2018.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"near miss: named to another post",
			"Anna Brückner was named finance director on Monday, replacing Tomas Berg, who had run Cobalt Mobile since 2018.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"near miss: the one replaced ran a unit, not a company",
			"Anna Brückner was named CEO on Monday, replacing Tomas Berg, who had run the sales team since 2018.",
			nil},
	})
}
