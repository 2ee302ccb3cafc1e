package extract_test

import "testing"

// TestFrontedContrast: the names in a fronted "Unlike A," or "Apart from
// A and B," phrase are no list items with the clause's subject.
func TestFrontedContrast(t *testing.T) {
	runNews(t, []newsCase{
		{"unlike one name",
			"Unlike Kestrel Telecom, Meridian Mobile joined the Radio Forum.",
			[]string{"memberOf(meridian-mobile,radio-forum)"}},
		{"apart from two names, a subject list",
			"Apart from Cobalt Mobile and Ion Cloud, Polar Compute and Larch Networks invested in Granite Labs.",
			[]string{"investedIn(larch-networks,granite-labs)", "investedIn(polar-compute,granite-labs)"}},
	})
}
