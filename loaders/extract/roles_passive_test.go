package extract_test

import "testing"

// TestPassiveOwnerShapes: a passive title whose owner is an opening
// apposition or a possessive before "board" (roles_run.go openingAppos,
// chairs.go chairPassive).
func TestPassiveOwnerShapes(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"opening description and name between commas",
			"The merged operator, Kestrel Network, is led by chief executive Anna Brückner, who moved over from Acme Telecom.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"a company's board is chaired by P",
			"Analysts note that Cobalt Mobile's board is chaired by Tomas Berg.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: the description is a person's",
			"Its former boss, Mara Lindqvist, is led by instinct.",
			nil},
		{"near miss: a person's board seat",
			"Tomas Berg's board is chaired by Anna Brückner.",
			nil},
		{"a prepositional opening is no owner of the passive; the bare title before the name is at the sentence's one company (roles_newly.go)",
			"In the merged operator, Kestrel Network, work is led by chief executive Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
	})
}
