package extract_test

import "testing"

// TestBylineWriter: an op-ed's opening byline "By P, Group CEO, X" gives P
// the title at X, and the writer's "we" and "our" outside quotations are
// X; without a byline "our" names nobody (roles_byline.go).
func TestBylineWriter(t *testing.T) {
	runNews(t, []newsCase{
		{"byline and the writer's our",
			"Opinion: operators must build, not rent\n\nBy Jane Park, Group CEO, Cobalt Mobile\n\nEvery operator says it wants to be an AI company. Our chairman, Omar Haddad, likes to say that networks are ideas.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"near miss: no byline",
			"Opinion: operators must build, not rent\n\nEvery operator says it wants to be an AI company. Our chairman, Omar Haddad, likes to say that networks are ideas.",
			nil},
	})
}
