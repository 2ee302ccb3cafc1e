package extract_test

import "testing"

// TestFormerEmployerAppos covers a bare title beside an apposition that
// tells the person's past (roles_former_appos.go): the company in the
// apposition is a former employer, no title's owner.
func TestFormerEmployerAppos(t *testing.T) {
	open := "Granite Labs raised $50 million in a round led by Ion Cloud. "
	lead := "investedIn(ion-cloud,granite-labs) amount=$50 million"
	runNews(t, []newsCase{
		{"a former executive, alone", "Chief executive Omar Haddad, a former Acme Telecom executive, said demand had picked up.", nil},
		{"formerly of, alone", "Chairman Omar Haddad, formerly of Borealis Networks, opened the meeting.", nil},
		{"the former head of", "Chief executive Omar Haddad, the former head of Cobalt Mobile's radio arm, said the plan was on track.", nil},
		{"a former executive after the round", open + "Chief executive Omar Haddad, a former Acme Telecom executive, said demand had picked up.",
			[]string{lead, "ceoOf(omar-haddad,granite-labs)"}},

		// twin: no past told, the company in reach is the title's
		{"a present apposition", open + "Chief executive Omar Haddad, an engineer by training, said demand had picked up.",
			[]string{lead, "ceoOf(omar-haddad,granite-labs)"}},
	})
}
