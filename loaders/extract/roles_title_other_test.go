package extract_test

import "testing"

// TestTitleOfUnit covers a chief of a part of an organisation named with a
// verb of appointing or of running (round 18, real-news probes): the
// chief of a unit, or of a company the subject owns, is not the chief of
// the subject. Sentences written for the test.
func TestTitleOfUnit(t *testing.T) {
	ceo := func(p, o string) string { return "ceoOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"named P as CEO of its unit", "Kestrel Telecom named Jane Park as chief executive of its satellite unit on Monday.", nil},
		{"named P as CEO at its arm", "Helix Wireless has appointed Omar Haddad as CEO at its Nordic arm.", nil},
		{"named P as CEO of another company", "Larch Networks named Lena Berg as CEO of Polar Compute, which it bought last year.",
			[]string{ceo("lena-berg", "polar-compute")}},
		{"named P as CEO of the company", "Cobalt Mobile appointed Jane Park as CEO of the company in March.",
			[]string{ceo("jane-park", "cobalt-mobile")}},
		{"was named CEO of the unit of X", "Omar Haddad was named chief executive of the cloud division of Meridian Mobile.", nil},
		{"the unit of X is run by chief executive P", "The fibre business of Granite Labs is run by chief executive Lena Berg.", nil},
		{"X is run by chief executive P", "Granite Labs is run by chief executive Lena Berg.", []string{ceo("lena-berg", "granite-labs")}},
	})
}
