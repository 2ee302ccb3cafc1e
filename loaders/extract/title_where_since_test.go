package extract_test

import "testing"

// TestWhereSince: a title in a "where" clause that ends with "since" and a
// time is the title at the place the clause hangs on; a time that is not
// one, or another organisation in the clause, keeps it from the place.
func TestWhereSince(t *testing.T) {
	runNews(t, []newsCase{
		{"where she has been CEO since a year",
			"Jane Park moves over from Granite Labs, where she has been CEO since 2020.",
			[]string{"ceoOf(jane-park,granite-labs)"}},
		{"where he has been chief executive since a month, then a comma",
			"Omar Haddad arrives from Kestrel Telecom, where he has been chief executive since March 2022, and starts on Monday.",
			[]string{"ceoOf(omar-haddad,kestrel-telecom)"}},
		{"near miss: a title of another organisation after since",
			"Lena Berg comes from Ion Cloud, where she has been chair since Helix Wireless sold its stake.",
			nil},
	})
}
