package extract_test

import "testing"

// TestCoTitles: "co-chief executives" and "Co-Chief Executive Officers"
// are the plural of a chief executive's title, read wherever "co-CEOs"
// is (after "run by", in an apposition, as an appointed object, before
// the names), and a capitalised plural title is no person's name; "run
// by two co-CEOs:" gives the title to the people listed after the colon.
func TestCoTitles(t *testing.T) {
	runNews(t, []newsCase{
		{"run by co-chief executives P and Q",
			"Kestrel Telecom is run by co-chief executives Lena Berg and Omar Haddad.",
			[]string{"ceoOf(lena-berg,kestrel-telecom)", "ceoOf(omar-haddad,kestrel-telecom)"}},
		{"led by Co-Chief Executive Officers P and Q",
			"Larch Networks is led by Co-Chief Executive Officers Jane Park and Lena Berg.",
			[]string{"ceoOf(jane-park,larch-networks)", "ceoOf(lena-berg,larch-networks)"}},
		{"P and Q, co-chief executives of X,",
			"Omar Haddad and Jane Park, co-chief executives of Polar Compute, signed the supply deal.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "ceoOf(jane-park,polar-compute)"}},
		{"X named P and Q co-chief executives",
			"Helix Wireless named Jane Park and Omar Haddad co-chief executives on Tuesday.",
			[]string{"ceoOf(jane-park,helix-wireless)", "ceoOf(omar-haddad,helix-wireless)"}},
		{"co-chairmen's singular: P, co-chairman of X",
			"Lena Berg, co-chairman of Meridian Mobile, opened the meeting.",
			[]string{"chairmanOf(lena-berg,meridian-mobile)"}},
		{"run by two co-CEOs: P, who ..., and Q",
			"Granite Labs is run by two co-CEOs: Omar Haddad, who built its first product, and Jane Park.",
			[]string{"ceoOf(omar-haddad,granite-labs)", "ceoOf(jane-park,granite-labs)"}},
		{"headed by two co-chief executives: P, formerly of Y, and Q",
			"Meridian Mobile is headed by two co-chief executives: Lena Berg, formerly of Acme Telecom, and Jane Park.",
			[]string{"ceoOf(lena-berg,meridian-mobile)", "ceoOf(jane-park,meridian-mobile)"}},
		{"near miss: run by two engineers: P and Q",
			"Ion Cloud is run by two engineers: Lena Berg and Omar Haddad.",
			nil},
		{"near miss: co-chief operating officers are no chief executives",
			"Ion Cloud is run day to day by co-chief operating officers Jane Park and Omar Haddad.",
			nil},
	})
}
