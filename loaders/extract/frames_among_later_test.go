package extract_test

import "testing"

// TestAmongLater: a counted subject whose names follow after a semicolon
// or dash in "among them (were)" is read as those names; near miss: with
// no count before, "among them" after a founding clause stays a plain
// roster continuation (members, not founders).
func TestAmongLater(t *testing.T) {
	runNews(t, []newsCase{
		{"semicolon, among them were", "The Open Edge Alliance was unveiled in Oslo last year. Some thirty carriers signed up at the launch; among them were Acme Telecom, Helix Wireless and Larch Networks.",
			[]string{"founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"dash, among them", "The Radio Forum held its annual meeting in Lisbon. Nine operators joined during the year - among them Cobalt Mobile and Meridian Mobile.",
			[]string{"memberOf(cobalt-mobile,radio-forum)", "memberOf(meridian-mobile,radio-forum)"}},
		{"no count before: the members are read as before, not as founders", "The Radio Forum held its annual meeting in Lisbon. Its operators signed up at the start; among them were Cobalt Mobile and Meridian Mobile.",
			[]string{"memberOf(cobalt-mobile,radio-forum)", "memberOf(meridian-mobile,radio-forum)"}},
	})
}
