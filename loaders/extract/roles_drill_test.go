package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// rolesRegister is the register of the roles-drill tests: companies and
// people that no other test uses.
func rolesRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("roles.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  kestrel-network: {name: Kestrel Network, type: company}
  anna-bruckner: {name: Anna Brückner, type: person}
  tomas-berg: {name: Tomas Berg, type: person}
  mara-lindqvist: {name: Mara Lindqvist, type: person}
  jurgen-kossler: {name: Jürgen Kößler, type: person}
  maria-della-rocca: {name: Maria Della Rocca, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestAppointObject: a verb of appointing gives its object the title
// after it (roles_appoint.go).
func TestAppointObject(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"named P its chief executive officer",
			"Acme Telecom named Anna Brückner its chief executive officer on Tuesday.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"promoted P to chief executive",
			"Cobalt Mobile has promoted Tomas Berg to chief executive.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"tapped P to lead the company, and named Q as chair",
			"Kestrel Network, meanwhile, tapped Anna Brückner to lead the company after Jürgen Kößler retired, and named Tomas Berg as chair.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "chairmanOf(tomas-berg,kestrel-network)"}},
		{"and confirmed Q as chairperson of the board",
			"Acme Telecom appointed Anna Brückner as its new CEO and confirmed Tomas Berg as chairperson of the board.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "chairmanOf(tomas-berg,acme-telecom)"}},
		{"near miss: to lead a project",
			"Acme Telecom tapped Anna Brückner to lead its AI research effort.",
			nil},
		{"near miss: chair of a committee",
			"Acme Telecom named Anna Brückner chair of its audit committee.",
			nil},
		{"near miss: negated",
			"Acme Telecom did not name Anna Brückner as chief executive.",
			nil},
		{"near miss: another title",
			"Acme Telecom hired Anna Brückner as chief technology officer.",
			nil},
	})
}

// TestPremodifiedTitles: a title set before a name is that name's, and a
// company's "boss" or "chief" is its chief executive (roles_premod.go).
func TestPremodifiedTitles(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"attendee list",
			"Attendees included Acme Telecom CEO Anna Brückner, Cobalt Mobile group CEO Tomas Berg and Kestrel Network chairman Mara Lindqvist.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,cobalt-mobile)", "chairmanOf(mara-lindqvist,kestrel-network)"}},
		{"boss",
			"Acme Telecom boss Anna Brückner has spent a year on the merger.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"chief",
			"Cobalt Mobile chief Tomas Berg said the network was ready.",
			[]string{"ceoOf(tomas-berg,cobalt-mobile)"}},
		{"near miss: chief technology officer",
			"Cobalt Mobile chief technology officer Tomas Berg said the network was ready.",
			nil},
	})
}

// TestItemTitles: titles in a roster's items (roles_items.go).
func TestItemTitles(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"organisation, person and title in each item",
			"Here is who runs them:\n- Acme Telecom (Norway): Anna Brückner, group chief executive\n- Cobalt Mobile: Tomas Berg, president and CEO\n- Kestrel Network: Mara Lindqvist, president director",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,cobalt-mobile)", "headquarteredIn(acme-telecom,NO)"}},
		{"near miss: a lead-in naming two companies",
			"Acme Telecom and Cobalt Mobile listed these executives:\n- Anna Brückner, chief executive\n- Tomas Berg, chairman",
			nil},
	})
}

// TestSuccessionFinite: the one a successor succeeds held the title the
// article gave the successor (roles_succession.go, chairs.go).
func TestSuccessionFinite(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"succeeds Q after an appointment",
			"Acme Telecom named Anna Brückner its chief executive officer on Tuesday. Brückner, 51, succeeds Tomas Berg, who left last year.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(tomas-berg,acme-telecom) modality=past"}},
		{"replacing Q in the appointment's sentence",
			"Cobalt Mobile has promoted Anna Brückner to chief executive, replacing Tomas Berg, who stepped down after eight years in charge.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"near miss: no title given",
			"Anna Brückner succeeds Tomas Berg at the helm of the choir.",
			nil},
	})
}

// TestHQMove: a headquarters move gives the destination and the origin
// (hq_moves.go), in progress ("is relocating"), done ("moved") or
// planned ("plans to move").
func TestHQMove(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"moved: the origin is past",
			"Cobalt Mobile, the operator behind two brands, moved its head office from Norway to Denmark in 2022.",
			[]string{"headquarteredIn(cobalt-mobile,DK)", "headquarteredIn(cobalt-mobile,NO) modality=past"}},
		{"is relocating, the article before the country",
			"Investors are watching as Kestrel Network, the operator behind three brands, is relocating its headquarters from Sweden to the United Arab Emirates.",
			[]string{"headquarteredIn(kestrel-network,AE) modality=in_progress", "headquarteredIn(kestrel-network,SE)"}},
		{"has relocated its HQ",
			"Acme Telecom has relocated its HQ to Finland.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"plans to move: the destination is planned, the origin still holds",
			"Cobalt Mobile plans to move its headquarters from Norway to Denmark next year.",
			[]string{"headquarteredIn(cobalt-mobile,DK) modality=planned", "headquarteredIn(cobalt-mobile,NO)"}},
		{"near miss: does not plan to move",
			"Cobalt Mobile does not plan to move its headquarters to Denmark.",
			nil},
		{"near miss: plans to move staff",
			"Cobalt Mobile plans to move engineers from Norway to Denmark.",
			nil},
		{"near miss: a capital called by description",
			"Kestrel Network moved its base to the French capital last year.",
			nil},
		{"near miss: a city",
			"Kestrel Network is moving its headquarters to Dubai.",
			nil},
		{"near miss: a move under study",
			"Its board asked management to study a move to Singapore, but no decision has been taken.",
			nil},
		{"near miss: not moving",
			"Acme Telecom will not move its headquarters to Sweden.",
			nil},
	})
}
