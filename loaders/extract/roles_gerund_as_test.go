package extract_test

import "testing"

// TestGerundRunAs covers a post told by a running gerund after "before"
// or "after" (round 18, real-news probes): the holder is the subject of
// the clause the gerund hangs on. Sentences written for the test.
func TestGerundRunAs(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"who spent years at Y before leading X as CEO", "Lena Berg, who spent 15 years at Cobalt Mobile before leading Helix Wireless as chief executive, now advises start-ups.",
			[]string{ceo("lena-berg", "helix-wireless")}},
		{"joined Y after running X as CEO", "Omar Haddad joined Ion Cloud in May after running Larch Networks as CEO.",
			[]string{ceo("omar-haddad", "larch-networks") + " modality=past"}},
		{"fronted: before heading X as CEO, P", "Before heading Granite Labs as chief executive, Jane Park worked at Meridian Mobile.",
			[]string{ceo("jane-park", "granite-labs")}},
		{"a company subject states nothing", "Meridian Mobile grew fast before leading Polar Compute as chief executive.", nil},
	})
}
