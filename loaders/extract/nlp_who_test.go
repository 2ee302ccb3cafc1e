package extract_test

import "testing"

// TestAfterWho: "heads" and "leads" right after "who" are the relative's
// verb, so running a company names its chief executive.
func TestAfterWho(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"who also heads a company",
			"The alliance board is chaired by Anna Brückner, who also heads majority owner Acme Telecom.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"who leads a company",
			"Jürgen Kößler, who leads Cobalt Mobile, spoke first.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"near miss: who heads a unit",
			"Jürgen Kößler, who heads Cobalt Mobile's research unit, spoke first.",
			nil},
	})
}
