package extract_test

import "testing"

// TestRunAgentTitles: the agent of a verb of running read over its title
// (two parts joined by "and", a title in apposition), the organisation a
// bare participle hangs on, and running a company without a title.
func TestRunAgentTitles(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a title of two parts on a reduced relative",
			"Acme Telecom, led by president and chief executive Anna Brückner, has cut prices twice.",
			[]string{"ceoOf(anna-bruckner,acme-telecom)"}},
		{"a reflexive before the participle",
			"Cobalt Mobile itself, headed by chief executive Jürgen Kößler, has stayed out of the talks.",
			[]string{"ceoOf(jurgen-kossler,cobalt-mobile)"}},
		{"a description in apposition, no comma before the participle",
			"Kestrel Network, the Oslo start-up led by co-founder and CEO Anna Brückner, hired ten engineers.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"run by a person without a title",
			"Kestrel Network, the small start-up run by Anna Brückner, hired ten engineers.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)"}},
		{"run by its co-founder",
			"Kestrel Network, which is run by its co-founder Anna Brückner, has raised little money.",
			[]string{"ceoOf(anna-bruckner,kestrel-network)", "foundedBy(kestrel-network,anna-bruckner)"}},
		{"chaired by its founder in apposition",
			"Cobalt Mobile is chaired by its founder, Jürgen Kößler.",
			[]string{"chairmanOf(jurgen-kossler,cobalt-mobile)", "foundedBy(cobalt-mobile,jurgen-kossler)"}},
		{"near miss: a plan to run",
			"The companies said Kestrel Network would be run by Anna Brückner.",
			nil},
		{"near miss: led without a title",
			"Kestrel Network, the start-up led by Anna Brückner, hired ten engineers.",
			nil},
		{"near miss: the object of a preposition is not what is run",
			"Kestrel Network, a spin-off from Acme Telecom run by chief executive Anna Brückner, hired ten engineers.",
			nil},
	})
}
