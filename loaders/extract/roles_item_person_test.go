package extract_test

import "testing"

// TestItemPersonTitles: speaker-list items that name the person first,
// then the title and the organisation (roles_item_person.go).
func TestItemPersonTitles(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"bracket, dash and comma items",
			"The forum has announced its keynote line-up for the spring:\n\n- Anna Brückner (CEO, Acme Telecom Group)\n- Tomas Berg — Chairman and Chief Executive, Cobalt Mobile\n- Mara Lindqvist, Chief Executive Officer, Kestrel Network",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,cobalt-mobile)", "chairmanOf(tomas-berg,cobalt-mobile)", "ceoOf(mara-lindqvist,kestrel-network)"}},
		{"near miss: other titles state nothing, a former one a past title",
			"The forum has announced its keynote line-up for the spring:\n\n- Anna Brückner (Chief Technology Officer, Acme Telecom)\n- Tomas Berg — former CEO, Cobalt Mobile\n- Mara Lindqvist, moderator, Kestrel Network",
			[]string{"ceoOf(tomas-berg,cobalt-mobile) modality=past"}},
	})
}
