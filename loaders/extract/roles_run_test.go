package extract_test

import "testing"

// TestRunByTitle: a passive "run by" whose agent carries a title.
func TestRunByTitle(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"run by a chief executive",
			"Kestrel Network, which is based in Bergen, Norway, is run by chief executive Anna Brückner.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "headquarteredIn(kestrel-network,NO)"}},
		{"run by two co-CEOs",
			"Cobalt Mobile is run by co-CEOs Anna Brückner and Jürgen Kößler.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"headed by a chairman",
			"Acme Telecom is headed by chairman Jürgen Kößler.",
			[]string{"chairmanOf(jurgen-kossler,acme-telecom)"}},
		{"near miss: a title that states nothing",
			"Cobalt Mobile is run by chief operating officer Anna Brückner.",
			nil},
		{"near miss: no title",
			"Cobalt Mobile is run by Anna Brückner's family.",
			nil},
	})
}

// TestRunRelativeSuccession: the one a successor replaces held the post;
// a board chaired is its owner's.
func TestRunRelativeSuccession(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"succeeding the one who had led the company",
			"Anna Brückner became Acme Telecom's chief executive in May, succeeding Jürgen Kößler, who had led the company since 2012.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)", "ceoOf(jurgen-kossler,acme-telecom) modality=past"}},
		{"run and chaired its board",
			"Anna Brückner was named CEO of Cobalt Mobile, replacing Jürgen Kößler, who had run Cobalt Mobile since 2015 and chaired its board since 2019.",
			[]string{"ceoOf(anna-bruckner,cobalt-mobile)", "ceoOf(jurgen-kossler,cobalt-mobile) modality=past",
				"chairmanOf(jurgen-kossler,cobalt-mobile) modality=past"}},
		{"who also chairs its board",
			"Kestrel Network was set up in 2020 by Anna Brückner, who also chairs its board.",
			[]string{"chairmanOf(anna-bruckner,kestrel-network)", "founded(kestrel-network) date=2020", "foundedBy(kestrel-network,anna-bruckner)"}},
		{"near miss: no succession",
			"Jürgen Kößler, who had led Acme Telecom's expansion into Asia, spoke first.",
			nil},
		{"near miss: led something else before",
			"Anna Brückner replaced Jürgen Kößler, who had led the Stratos Alliance since 2012.",
			nil},
	})
}
