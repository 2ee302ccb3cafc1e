package extract_test

import "testing"

// TestSucceedWho: "P, who succeeded Q as X's chief executive," gives P the
// title and Q the same title before (roles_succeed_as.go).
func TestSucceedWho(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"a relative clause of succession",
			"Mara Lindqvist, who succeeded Jürgen Kößler as Cobalt Mobile's group chief executive in the spring, wants faster fibre.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile) modality=past", "ceoOf(mara-lindqvist,cobalt-mobile)"}},
		{"near miss: no succession",
			"Mara Lindqvist, who praised Jürgen Kößler as Cobalt Mobile's best engineer, wants faster fibre.",
			nil},
	})
}
