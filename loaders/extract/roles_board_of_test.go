package extract_test

import "testing"

// TestBoardOfChair: "P chaired the board of (the <description>) Y" is Y's
// chair, whatever company the sentence named before P; a possessive after
// "the board of" keeps the discourse reading.
func TestBoardOfChair(t *testing.T) {
	runNews(t, []newsCase{
		{"fronted clause naming another company",
			"After leaving Acme Telecom, Jane Park chaired the board of the mobile operator Kestrel Telecom.",
			[]string{"chairmanOf(jane-park,kestrel-telecom)"}},
		{"a description of a unit before the name",
			"Omar Haddad also chairs the board of the mobile unit Ion Cloud, a listed subsidiary.",
			[]string{"chairmanOf(omar-haddad,ion-cloud)"}},
		{"no article before the description",
			"Lena Berg chairs the board of cloud group Larch Networks.",
			[]string{"chairmanOf(lena-berg,larch-networks)"}},
		{"kept: the board alone is the discourse's",
			"Helix Wireless reported higher sales. Jane Park, a former banker, chairs the board.",
			[]string{"chairmanOf(jane-park,helix-wireless)"}},
	})
}
