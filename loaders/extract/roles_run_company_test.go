package extract_test

import "testing"

// TestRunsCompany: "P, who ran X" without a title names X's chief
// executive when X is a whole company named by its name.
func TestRunsCompany(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"who ran a company, past",
			"The board picked Anna Brückner, who ran Acme Telecom, to lead the new venture.",
			[]string{"ceoOf(anna-bruckner,acme-telecom) modality=past"}},
		{"who had led a company before moving",
			"Jürgen Kößler, who had led Cobalt Mobile before moving to the regulator, will advise the board.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"an apposition that is no title",
			"Anna Brückner, a veteran chip investor who previously ran Kestrel Network, joined in May.",
			[]string{"ceoOf(anna-bruckner,kestrel-network) modality=past"}},
		{"near miss: another title in apposition",
			"Anna Brückner, the chief operating officer who runs Acme Telecom day to day, spoke first.",
			nil},
		{"near miss: a company's business in a place",
			"Anna Brückner, who runs Acme Telecom in Europe, spoke first.",
			nil},
		{"near miss: a plan",
			"Anna Brückner, who would run Acme Telecom after the merger, spoke first.",
			nil},
		{"near miss: not a company",
			"Jürgen Kößler, who ran the Stratos Alliance, spoke first.",
			nil},
	})
}

// TestRunMain: "P ran X for a decade", "P has run X since 2019": a
// tenure at a company named by its name.
func TestRunMain(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"ran for nearly a decade",
			"Anna Brückner ran Acme Telecom for nearly a decade before joining the regulator.",
			[]string{"ceoOf(anna-bruckner,acme-telecom) modality=past"}},
		{"has run since a year",
			"Jürgen Kößler has run Cobalt Mobile since 2019.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"near miss: no tenure",
			"Anna Brückner ran Acme Telecom's trials in Bergen.",
			nil},
		{"near miss: a company's business in a place",
			"Jürgen Kößler has run Cobalt Mobile in Norway since 2019.",
			nil},
	})
}
