package extract_test

import "testing"

// TestCopulaTwoTitles covers a copula that gives its subject two titles
// joined by "and" (round 18, real-news probes). Sentences written for the
// test.
func TestCopulaTwoTitles(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	chair := func(p, o string) string { return "chairmanOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"is chairman of X and CEO of Y", "Jane Park is chairman of Granite Labs and chief executive of Polar Compute.",
			[]string{chair("jane-park", "granite-labs"), ceo("jane-park", "polar-compute")}},
		{"was a director of X and CEO of Y", "Omar Haddad was a director of Ion Cloud and CEO of Helix Wireless.",
			[]string{ceo("omar-haddad", "helix-wireless") + " modality=past"}},
		{"has been a board member of X since D and CEO of Y since D", "Lena Berg has been a board member of Cobalt Mobile since 2019 and CEO of Larch Networks since 2021.",
			[]string{ceo("lena-berg", "larch-networks")}},
		{"and CEO of a unit states nothing", "Jane Park is chairman of Granite Labs and CEO of the Meridian Mobile cloud unit.",
			[]string{chair("jane-park", "granite-labs")}},
	})
}
