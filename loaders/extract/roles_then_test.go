package extract_test

import "testing"

// TestThenTitleAndTheChief: "X's then chief executive" is a past title
// and "The X chief, P," a chief executive (roles_then.go).
func TestThenTitleAndTheChief(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"P, X's then chief executive,",
			"The picture shows Anna Brückner, Acme Telecom's then chief executive, at the opening of the plant in 2019.",
			[]string{"ceoOf(anna-bruckner,acme-telecom) modality=past"}},
		{"X's then chairman, P,",
			"Cobalt Mobile's then chairman, Tomas Berg, signed the licence in 2015.",
			[]string{"chairmanOf(tomas-berg,cobalt-mobile) modality=past"}},
		{"The X chief, P,",
			"The Kestrel Network chief, Mara Lindqvist, called the deal a turning point.",
			[]string{"ceoOf(mara-lindqvist,kestrel-network)"}},
		{"the former X boss, P,",
			"The former Acme Telecom boss, Jürgen Kößler, now advises investors.",
			[]string{"ceoOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"near miss: a longer title after the name",
			"The Kestrel Network chief technology officer, Mara Lindqvist, spoke first.",
			nil},
	})
}
