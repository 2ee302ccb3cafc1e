package extract_test

import "testing"

// TestFoundedYearDescription covers a founding year inside a description
// that refers back to a company ("The 2021-founded start-up") or right
// before a name ("2019-founded Kvasir Labs"), found_idioms.go
// famFoundYearDesc. Near miss: a year that dates something else ("the
// 2021-built network") states no founding.
func TestFoundedYearDescription(t *testing.T) {
	reg := mustRegister(t, "yeardesc.yaml", `entities:
  kvasir-labs: {name: Kvasir Labs, type: company}
  mira-holm: {name: Mira Holm, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a dated description",
			"Kvasir Labs writes speech software. The 2021-founded start-up is run by chief executive Mira Holm.",
			[]string{"ceoOf(mira-holm,kvasir-labs)", "founded(kvasir-labs) date=2021"}},
		{"a dated name",
			"Investors have backed 2019-founded Kvasir Labs for years.",
			[]string{"founded(kvasir-labs) date=2019"}},

		// near misses
		{"a dated thing, not the company",
			"Kvasir Labs writes speech software. The 2021-built network carries its traffic.",
			nil},
	})
}
