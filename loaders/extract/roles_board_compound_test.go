package extract_test

import "testing"

// TestBoardElectsChair covers chairs elected the ways alliance press
// releases tell them (round 18, real-news probes): a board named by the
// organisation before it ("The X Board has elected P as chair"), and a
// person whose title and employer stand between commas ("P, Senior Vice
// President, Y, has been elected as new chair, effective ..."). Sentences
// written for the test.
func TestBoardElectsChair(t *testing.T) {
	chair := func(p, o string) string { return "chairmanOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"the X Board has elected P as chair", "The Open Edge Alliance Board has elected Omar Haddad as chair for a two-year term.",
			[]string{chair("omar-haddad", "open-edge-alliance")}},
		{"the X Board elected P, title of Y, as chair", "The Radio Forum Board elected Lena Berg, president of Ion Cloud, as chair.",
			[]string{chair("lena-berg", "radio-forum")}},
		{"the X Board elected P as deputy chair", "The Radio Forum Board elected Lena Berg as deputy chair.", nil},
		{"X announces that P, title, Y, has been elected as new chair", "Radio Forum announces that Jane Park, Executive Vice President, Borealis Networks, has been elected as new chair.",
			[]string{chair("jane-park", "radio-forum")}},
		{"the same with a department and a date of effect", "Open Edge Alliance announces that Omar Haddad, Vice President, Cloud Strategy, Helix Wireless, has been elected as new chair, effective from March 3.",
			[]string{chair("omar-haddad", "open-edge-alliance")}},
	})
}
