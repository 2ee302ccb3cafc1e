package extract_test

import "testing"

// TestBareTitleSpeaker: a bare title before a speaker ("Group CEO P
// said ...") is not at the company P speaks of; with no company before
// the verb the previous sentence's one is the holder's only when the
// speech names none.
func TestBareTitleSpeaker(t *testing.T) {
	runNews(t, []newsCase{
		{"the company after said is the topic of the speech",
			"Helix Wireless reported higher sales. Group CEO Lena Berg said Borealis Networks, the largest customer, had doubled its orders.",
			[]string{"ceoOf(lena-berg,helix-wireless)"}},
		{"told reporters that X",
			"Meridian Mobile held its margins. Chief executive Omar Haddad told reporters that Ion Cloud was cutting prices.",
			[]string{"ceoOf(omar-haddad,meridian-mobile)"}},
		{"near miss: the previous sentence's company when the speech names none",
			"Kestrel Telecom posted record profits. Chief executive Jane Park said demand for fibre had never been higher.",
			[]string{"ceoOf(jane-park,kestrel-telecom)"}},
		{"near miss: the company before the speaker",
			"At Cobalt Mobile, chief executive Lena Berg said Larch Networks would supply the radios.",
			[]string{"ceoOf(lena-berg,cobalt-mobile)"}},
	})
}
