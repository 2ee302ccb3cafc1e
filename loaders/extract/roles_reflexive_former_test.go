package extract_test

import "testing"

// TestReflexiveFormer: "P, herself a former X chief executive," is P's
// past title at X (roles_reflexive_former.go).
func TestReflexiveFormer(t *testing.T) {
	runNewsWith(t, rolesRegister(t), []newsCase{
		{"herself a former X chief executive",
			"The plan was backed by Mara Lindqvist, herself a former Cobalt Mobile chief executive, at Tuesday's meeting.",
			[]string{"ceoOf(mara-lindqvist,cobalt-mobile) modality=past"}},
		{"near miss: himself a former X engineer",
			"The plan was backed by Tomas Berg, himself a former Cobalt Mobile engineer, at Tuesday's meeting.",
			nil},
	})
}
