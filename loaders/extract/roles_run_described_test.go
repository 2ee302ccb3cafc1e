package extract_test

import "testing"

// TestRunDescribed covers a running verb whose object is a definite
// description (roles_run_company.go, runDescribed): "P, who runs the
// carrier," and "P has led the company since 2020" give the company the
// description resolves to. Near misses: a pronoun object, a unit of the
// company, a plan.
func TestRunDescribed(t *testing.T) {
	reg := mustRegister(t, "rundesc.yaml", `entities:
  fjord-mobile: {name: Fjord Mobile, type: company}
  kari-lund: {name: Kari Lund, type: person}
`)
	lead := "Fjord Mobile said on Tuesday it would close its copper network by 2027. The decision ends a long debate at the carrier. "
	runNewsWith(t, reg, []newsCase{
		{"who runs the carrier",
			lead + "Kari Lund, who runs the carrier, said the move would save money.",
			[]string{"ceoOf(kari-lund,fjord-mobile)"}},
		{"has run the company since",
			lead + "Kari Lund has run the company since 2020 and wants to sell towers next.",
			[]string{"ceoOf(kari-lund,fjord-mobile)"}},

		// near misses
		{"a pronoun object",
			lead + "Kari Lund, who runs it, said the move would save money.",
			nil},
		{"a unit of the company",
			lead + "Kari Lund, who runs the carrier's fibre unit, said the move would save money.",
			nil},
		{"a plan",
			lead + "Kari Lund, who would run the carrier, said the move would save money.",
			nil},
	})
}
