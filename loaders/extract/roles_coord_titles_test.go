package extract_test

import "testing"

// TestCoordinatedTitles: a plural title is every coordinated holder's, a
// singular one before "P and Q" is not shared; the board of a fronted "At
// X," is X's and "its next chief executive" is a title; "Acting" and
// "Interim" opening a sentence are title words, never a company.
func TestCoordinatedTitles(t *testing.T) {
	runNews(t, []newsCase{
		{"named P and Q interim co-CEOs",
			"Granite Labs has named Lena Berg and Omar Haddad interim co-CEOs while it searches for a permanent leader.",
			[]string{"ceoOf(lena-berg,granite-labs)", "ceoOf(omar-haddad,granite-labs)"}},
		{"whose co-CEOs P and Q",
			"Meridian Mobile, whose co-CEOs Jane Park and Lena Berg spoke at the event, reported higher sales.",
			[]string{"ceoOf(jane-park,meridian-mobile)", "ceoOf(lena-berg,meridian-mobile)"}},
		{"X's co-CEOs, P and Q,",
			"Polar Compute's co-CEOs, Omar Haddad and Jane Park, said demand for training clusters had doubled.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "ceoOf(jane-park,polar-compute)"}},
		{"near miss: a singular title before two names",
			"Helix Wireless named Lena Berg and Omar Haddad chief executive and chairman respectively.",
			nil},
		{"At X, the board appointed P as its next CEO",
			"At Larch Networks, the board appointed Lena Berg as its next CEO after a six-month search.",
			[]string{"ceoOf(lena-berg,larch-networks)"}},
		{"Acting CEO P opening a sentence",
			"Ion Cloud cut its forecast on Monday. Acting CEO Jane Park said the outage had cost it customers.",
			[]string{"ceoOf(jane-park,ion-cloud)"}},
	})
}
