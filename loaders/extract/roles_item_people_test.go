package extract_test

import "testing"

// TestItemPeople: person items under a lead-in naming one company
// (roles_item_people.go).
func TestItemPeople(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"one company in the lead-in",
			"OSLO, Norway - Acme Telecom today announced that its shareholders approved these appointments:\n- Anna Brückner, President and Chief Executive Officer\n- Tomas Berg, Chairman of the Board of Directors\n- Mara Lindqvist, Chief Technology Officer",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "chairmanOf(tomas-berg,acme-telecom)"}},
		{"near miss: two companies in the lead-in",
			"Acme Telecom and Cobalt Mobile announced these appointments:\n- Anna Brückner, chief executive\n- Tomas Berg, chairman",
			nil},
		{"near miss: a title at another organisation is that one's only",
			"Acme Telecom announced these board appointments:\n- Anna Brückner, chief executive of Cobalt Mobile",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
	})
}
