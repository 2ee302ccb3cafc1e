package extract_test

import "testing"

// TestSucceedAsOwner: a succession with the title after "as" where the
// owner is a possessive, the successor is in apposition or takes over
// from the one succeeded; and "MD" is a title, not a company.
func TestSucceedAsOwner(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"took over from Q as O's title",
			"Anna Brückner took over from Jürgen Kößler as Cobalt Mobile's chief executive in May.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"replaced Q as O's title after an apposition",
			"Anna Brückner, a former banker, replaced Jürgen Kößler as Acme Telecom's chairman in December.",
			[]string{"chairmanOf(anna-bruckner,acme-telecom)", "chairmanOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"takes over from Q after a month's abbreviation, its in the apposition",
			"Kestrel Network is changing hands: Anna Brückner, its finance chief, takes over as chief executive on Nov. 1 from Jürgen Kößler.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "ceoOf(jurgen-kossler,kestrel-network) modality=past"}},
		{"MD and CEO of",
			"Anna Brückner becomes MD and CEO of Cobalt Mobile on Monday.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)"}},
		{"near miss: took over another post",
			"Anna Brückner took over from Jürgen Kößler as Acme Telecom's finance chief in May.",
			nil},
	})
}
