package extract_test

import "testing"

// TestRosterTitles: in a roster "P1, title of O1, P2, title of O2" each
// title is the person's before it, never the next person's.
func TestRosterTitles(t *testing.T) {
	runNews(t, []newsCase{
		{"possessive titles in a roster",
			"Jane Park, Acme Telecom's chief executive, Omar Haddad, Cobalt Mobile's chairman, and others appeared together.",
			[]string{"ceoOf(jane-park,acme-telecom)", "chairmanOf(omar-haddad,cobalt-mobile)"}},
		{"of-titles in a roster",
			"The deal was signed by Jane Park, group CEO of Acme Telecom, Omar Haddad, group chief executive of Cobalt Mobile, and others.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,cobalt-mobile)"}},
		{"a title before a person still is that person's",
			"Acme Telecom's chief executive, Jane Park, opened the show.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
	})
}
