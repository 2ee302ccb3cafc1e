package extract_test

import "testing"

// TestHandedPost: a post handed to a person names the post's relation at
// the organisation that hands it; one ousted in the same sentence held it.
func TestHandedPost(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"ousted and handed the top job",
			"Cobalt Mobile ousted Jürgen Kößler on Friday and handed the top job, with immediate effect, to Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"a board meeting at the company handed the chairmanship",
			"On Sunday a board meeting at Acme Telecom handed the executive chairmanship to Anna Brückner.",
			[]string{"chairmanOf(anna-bruckner,acme-telecom)"}},
		{"near miss: a task is no post",
			"Cobalt Mobile handed the network project to Anna Brückner.",
			nil},
	})
}
